// SPDX-License-Identifier: MIT
// Time values (TimeField, the `__time` transform): checked and coerced as Django's
// TimeField.to_python, and bound as each backend's adapt_timefield_value sends them: the
// time itself (SQLite and MariaDB bind its text, PostgreSQL a time), on Oracle a TIMESTAMP on
// 1900-01-01, where Oracle keeps a TimeField.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "sqlweave/bound_query.hpp"
#include "sqlweave/inline.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/query.hpp"
#include "sqlweave/statement_cache.hpp"
#include "support/fixture.hpp"

using namespace sqlweave;

namespace {

compiled_query compiled(std::string_view text, dialect_id d) {
  return compile(testing::shop_models(), parse_query(text), d);
}

const std::vector<value>& params(const compiled_query& c) {
  REQUIRE(c.statements.size() == 1);
  return c.statements[0].params;
}

}  // namespace

TEST_CASE("a time binds as a time, and on Oracle as 1900-01-01 at that time", "[resolve]") {
  const auto q = objects("Review").filter("created__time__gte", time_of_day{12, 30, 0, 5});
  for (auto d : {dialect_id::sqlite, dialect_id::postgresql, dialect_id::mysql})
    CHECK(params(q.compile(testing::shop_models(), d)) ==
          std::vector<value>{value(time_of_day{12, 30, 0, 5})});
  CHECK(params(q.compile(testing::shop_models(), dialect_id::oracle)) ==
        std::vector<value>{value(datetime{{1900, 1, 1}, 12, 30, 0, 5})});
  CHECK(value(time_of_day{9, 5}).to_string() == "09:05:00");
  CHECK(value(time_of_day{9, 5, 1, 20}).to_string() == "09:05:01.000020");
}

TEST_CASE("text and datetimes compared with a time become times, as TimeField.to_python",
          "[resolve]") {
  CHECK(params(compiled(R"(Review.objects.filter(created__time="08:00"))", dialect_id::sqlite)) ==
        std::vector<value>{value(time_of_day{8, 0})});
  CHECK(params(compiled(R"(Review.objects.filter(created__time__lt="23:59:58.25"))",
                        dialect_id::mysql)) ==
        std::vector<value>{value(time_of_day{23, 59, 58, 250000})});
  CHECK(params(compiled(R"(Review.objects.filter(created__time="7:5:1,1234567"))",
                        dialect_id::mysql)) ==
        std::vector<value>{value(time_of_day{7, 5, 1, 123456})});
  CHECK(params(compiled("Review.objects.filter(created__time=datetime(2020, 1, 2, 3, 4, 5))",
                        dialect_id::postgresql)) ==
        std::vector<value>{value(time_of_day{3, 4, 5})});
  for (const char* bad : {R"(Review.objects.filter(created__time="24:00"))",
                          R"(Review.objects.filter(created__time="noon"))",
                          R"(Review.objects.filter(created__time="12:00 noon"))",
                          "Review.objects.filter(created__time=date(2020, 1, 2))"}) {
    INFO(bad);
    CHECK_THROWS_WITH(compiled(bad, dialect_id::sqlite),
                      Catch::Matchers::Contains("expected a time"));
  }
}

TEST_CASE("a time compared with text is its str()", "[resolve]") {
  CHECK(params(compiled("Review.objects.filter(title=time(7, 15))", dialect_id::sqlite)) ==
        std::vector<value>{value("07:15:00")});
}

TEST_CASE("Oracle's __time is the time of day on 1900-01-01, as its TimeField", "[resolve]") {
  const auto c = compiled("Review.objects.filter(created__time=time(9))", dialect_id::oracle);
  CHECK_THAT(c.statements[0].sql,
             Catch::Matchers::Contains("TO_TIMESTAMP(CONCAT('1900-01-01 ', TO_CHAR("
                                       "\"SHOP_REVIEW\".\"CREATED\", 'HH24:MI:SS.FF')), "
                                       "'YYYY-MM-DD HH24:MI:SS.FF') = :1"));
}

TEST_CASE("a time inlines as each dialect's literal", "[resolve]") {
  const char* text = "Review.objects.filter(created__time=time(9, 0, 1)).values_list(\"id\")";
  auto inlined = [&](dialect_id d) {
    const auto c = compiled(text, d);
    return inline_values(c.statements[0], d, c.style);
  };
  CHECK_THAT(inlined(dialect_id::sqlite), Catch::Matchers::EndsWith("= '09:00:01'"));
  CHECK_THAT(inlined(dialect_id::postgresql), Catch::Matchers::EndsWith("= TIME '09:00:01'"));
  CHECK_THAT(inlined(dialect_id::mysql), Catch::Matchers::EndsWith("= TIME '09:00:01'"));
  CHECK_THAT(inlined(dialect_id::oracle),
             Catch::Matchers::EndsWith("= TIMESTAMP '1900-01-01 09:00:01'"));
}

TEST_CASE("the statement cache adapts times and durations as compile() does", "[cache]") {
  statement_cache cache(testing::shop_models());
  for (int minute : {10, 20}) {
    const auto q =
        parse_query("Review.objects.filter(created__time=time(9, " + std::to_string(minute) + "))");
    CHECK(params(cache.compile(q, dialect_id::oracle)) ==
          std::vector<value>{value(datetime{{1900, 1, 1}, 9, minute, 0, 0})});
    bound_query b;
    cache.compile_into(q, dialect_id::oracle, {}, b);
    const auto bound = b.params();
    CHECK(std::vector<value>(bound.begin(), bound.end()) ==
          std::vector<value>{value(datetime{{1900, 1, 1}, 9, minute, 0, 0})});
  }
}
