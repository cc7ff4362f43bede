// SPDX-License-Identifier: MIT
// shape_hasher::load reads 1 to 8 bytes with overlapping fixed-size loads; it must give what a
// memcpy into a zeroed word gives, for every length and for bytes of every value.
#include <catch2/catch.hpp>
#include <cstring>
#include <string>

#include "ast/shape.hpp"

using namespace sqlweave;

TEST_CASE("shape_hasher::load is a memcpy into a zeroed word", "[cache]") {
  std::string bytes;
  for (int i = 0; i < 16; ++i) bytes.push_back(static_cast<char>(0x81 + 37 * i));
  for (std::size_t offset = 0; offset < 8; ++offset)
    for (std::size_t n = 1; n <= 8; ++n) {
      std::uint64_t expected = 0;
      std::memcpy(&expected, bytes.data() + offset, n);
      INFO("offset " << offset << ", " << n << " bytes");
      CHECK(ast::shape_hasher::load(bytes.data() + offset, n) == expected);
    }
}
