// SPDX-License-Identifier: MIT
// The description of a select list that is not a model's own columns is made once and shared
// by the compiles after, and equal lists only share it.
#include <catch2/catch.hpp>

#include "sqlweave/parse.hpp"
#include "support/fixture.hpp"

using namespace sqlweave;

TEST_CASE("a computed select list's description is made once and shared", "[cache]") {
  const schema& db = testing::shop_models();
  auto columns_of = [&](const char* text) {
    return compile(db, parse_query(text), dialect_id::postgresql).statements.at(0).columns;
  };
  const auto first =
      columns_of(R"(Customer.objects.values("country").annotate(n=Count("orders")))");
  const auto again =
      columns_of(R"(Customer.objects.values("country").annotate(n=Count("orders")))");
  const auto other =
      columns_of(R"(Customer.objects.values("country").annotate(m=Count("orders")))");
  REQUIRE(first.size() == 2);
  CHECK(first.begin() == again.begin());
  CHECK(first.begin() != other.begin());
  CHECK(first[0].label == "country");
  CHECK(first[0].model == "Customer");
  CHECK(first[1].label == "n");
  CHECK(other[1].label == "m");
}
