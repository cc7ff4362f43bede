// SPDX-License-Identifier: MIT
// catalog::name_table: the compile-time by_name the catalog's find_*() functions search.
#include "catalog/name_table.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <string_view>

#include "catalog/catalog.hpp"

using namespace sqlweave;

namespace {
struct row {
  std::string_view name;
  int value;
};
// abxa, abya and abza share length, first, middle and last bytes: one hash, one probe sequence.
constexpr std::array<row, 7> rows{
    {{"abxa", 1}, {"abya", 2}, {"abza", 3}, {"in", 4}, {"abya", 5}, {"x", 6}, {"", 7}}};
constexpr catalog::name_table by_name(rows);
static_assert(by_name.find("abza") == &rows[2]);
}  // namespace

TEST_CASE("name_table finds every name, the first of two rows sharing one", "[catalog]") {
  for (const auto& r : rows) {
    REQUIRE(by_name.find(r.name) != nullptr);
    CHECK(by_name.find(r.name)->name == r.name);
  }
  CHECK(by_name.find("abya")->value == 2);
  CHECK(by_name.find("abwa") == nullptr);
  CHECK(by_name.find("i") == nullptr);
  CHECK(by_name.find("inn") == nullptr);
}

TEST_CASE("the catalog finds each of its rows by name, and each method by step", "[catalog]") {
  for (const auto& l : catalog::lookups()) {
    CHECK(catalog::find_lookup(l.name) == &l);
    CHECK(&catalog::lookup_of(l.id) == &l);
  }
  for (const auto& t : catalog::transforms()) CHECK(catalog::find_transform(t.name) == &t);
  for (const auto& f : catalog::functions()) CHECK(catalog::find_function(f.name)->name == f.name);
  for (const auto& m : catalog::methods()) {
    // A kind's first row: complex_filter() is a second name of filter's.
    CHECK(catalog::method_of(m.step).step == m.step);
    if (m.name != "complex_filter") CHECK(&catalog::method_of(m.step) == &m);
    if (m.step != ast::step_kind::slice && m.step != ast::step_kind::custom)
      CHECK(catalog::find_method(m.name) == &m);
  }
  CHECK(catalog::method_of(ast::step_kind::filter).name == "filter");
  CHECK(catalog::find_method("<method>") == nullptr);  // the schema's method names, not one
  CHECK(catalog::find_method("slice") == nullptr);     // a subscript, not a call
  CHECK(catalog::find_lookup("icontain") == nullptr);
  CHECK(catalog::find_function("Coun") == nullptr);
  CHECK(catalog::method_name(ast::step_kind::earliest) == "earliest");
}
