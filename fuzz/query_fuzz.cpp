// SPDX-License-Identifier: MIT
// libFuzzer target: the queryset grammar. Any input either parses or throws sqlweave::error.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "sqlweave/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    sqlweave::parse_query(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const sqlweave::error&) {
  }
  return 0;
}
