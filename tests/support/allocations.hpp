// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

namespace sqlweave::testing {

/// Heap allocations made by this thread so far (counted by tests/main.cpp's operator new).
std::size_t allocations();

}  // namespace sqlweave::testing
