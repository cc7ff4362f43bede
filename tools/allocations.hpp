// SPDX-License-Identifier: MIT
// Counting heap allocations, for the limits tests and the benchmarks.
#pragma once

#include <cstddef>

namespace sqlweave::tools {

/// Heap allocations made by this thread so far: every global operator new is replaced by
/// tools/allocations.cpp in the programs that link it (the tests and the benchmarks).
std::size_t allocations();

}  // namespace sqlweave::tools
