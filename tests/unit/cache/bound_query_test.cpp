// SPDX-License-Identifier: MIT
// bound_query: binding fills the values of shared statements and gives what
// compiled_query::bind() gives.
#include "sqlweave/bound_query.hpp"

#include <catch2/catch.hpp>
#include <stdexcept>

#include "sqlweave/parse.hpp"
#include "support/fixture.hpp"

using namespace sqlweave;

TEST_CASE("bound_query binds as compiled_query::bind does, sharing the text", "[cache]") {
  const auto compiled = compile(
      testing::shop_models(),
      parse_query(R"(Product.objects.filter(name__contains=:part, stock__gt=:least, active=True))"),
      dialect_id::oracle);
  const std::map<std::string, value, std::less<>> values{{"part", value("50%")},
                                                         {"least", value(3)}};
  bound_query b(compiled);
  const bound_query copy = b;
  b.bind(values);
  const auto want = compiled.bind(values);
  CHECK(b.sql() == want.statements.at(0).sql);
  CHECK(std::vector<value>(b.params().begin(), b.params().end()) == want.statements.at(0).params);
  CHECK(b.to_compiled().statements.at(0).params == want.statements.at(0).params);
  CHECK(copy.sql().data() == b.sql().data());  // one text for both
  CHECK(copy.params()[0] == value());          // the copy keeps its own values
  CHECK_THROWS_AS(b.bind({{"part", value("x")}}), error);
  const bound_query none;
  CHECK(none.size() == 0);
  CHECK_THROWS_AS(none.sql(), std::out_of_range);
  CHECK_THROWS_AS(none.params(), std::out_of_range);
}
