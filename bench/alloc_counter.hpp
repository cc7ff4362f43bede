// SPDX-License-Identifier: MIT
// Heap allocations counted by the bench binary's replaced global operator new.
#pragma once

#include <cstddef>

namespace sqlweave::bench {

/// Calls of any operator new made by this thread so far.
std::size_t allocations();

}  // namespace sqlweave::bench
