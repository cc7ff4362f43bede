// SPDX-License-Identifier: MIT
// resolve::split_path: a lookup path cut at each `__`, searched left to right.
#include <catch2/catch.hpp>
#include <string_view>
#include <vector>

#include "resolve/joins.hpp"

using sqlweave::resolve::split_path;

namespace {
std::vector<std::string_view> parts(std::string_view path) {
  const auto p = split_path(path);
  return {p.begin(), p.end()};
}
}  // namespace

TEST_CASE("split_path cuts a path at each __, left to right", "[resolve]") {
  using v = std::vector<std::string_view>;
  CHECK(parts("name") == v{"name"});
  CHECK(parts("") == v{""});
  CHECK(parts("category_id__in") == v{"category_id", "in"});
  CHECK(parts("order__customer__country") == v{"order", "customer", "country"});
  // A third underscore belongs to the next part, as Django's LOOKUP_SEP split reads it.
  CHECK(parts("a___b") == v{"a", "_b"});
  CHECK(parts("___") == v{"", "_"});
  CHECK(parts("____") == v{"", "", ""});
  CHECK(parts("__a") == v{"", "a"});
  CHECK(parts("a__") == v{"a", ""});
  CHECK(parts("a_b") == v{"a_b"});
}
