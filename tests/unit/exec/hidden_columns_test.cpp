// SPDX-License-Identifier: MIT
// A compound ordered by a field it does not select: the parts select it as Django's
// `__orderbycol<N>`, which neither the result description nor an executor's rows show.
#include <catch2/catch.hpp>

#include "sqlweave/ddl.hpp"
#include "sqlweave/exec.hpp"
#include "sqlweave/parse.hpp"
#include "support/fixture.hpp"

using namespace sqlweave;

namespace {

compiled_query sqlite_of(const char* text) {
  return compile(testing::shop_models(), parse_query(text), dialect_id::sqlite);
}

}  // namespace

TEST_CASE("a union ordered by an unselected field hides the column it adds", "[exec][sqlite]") {
  const auto c = sqlite_of(
      R"(Tag.objects.filter(weight__lt=2).values_list("name", flat=True).union(Tag.objects.filter(weight__gt=2).values_list("name", flat=True)).order_by("-weight"))");
  const statement& st = c.statements.at(0);
  CHECK(
      st.sql ==
      R"(SELECT "shop_tag"."name", "shop_tag"."weight" AS "__orderbycol2" FROM "shop_tag" WHERE "shop_tag"."weight" < ? UNION SELECT "shop_tag"."name", "shop_tag"."weight" AS "__orderbycol2" FROM "shop_tag" WHERE "shop_tag"."weight" > ? ORDER BY 2 DESC)");
  REQUIRE(st.columns.size() == 1);
  CHECK(st.columns[0].label == "name");

  auto db = open_sqlite(":memory:");
  for (const auto& stmt : ddl(testing::shop_models(), dialect_id::sqlite)) db->execute_script(stmt);
  db->run(sqlite_of(
      R"(Tag.objects.bulk_create([Tag(name="a", weight=1), Tag(name="b", weight=3), Tag(name="c", weight=5)]))"));
  const auto r = db->run(c);
  CHECK(r.rows.columns == std::vector<std::string>{"name"});
  REQUIRE(r.rows.rows.size() == 3);
  CHECK(r.rows.rows[0].size() == 1);
  CHECK(r.rows.rows[0][0] == value("c"));
  CHECK(r.rows.rows[2][0] == value("a"));
}

TEST_CASE("a union orders by an unselected field only where Django does", "[resolve]") {
  // After an aliased last column Django's get_order_by() refuses.
  CHECK_THROWS_WITH(
      sqlite_of(
          R"(Tag.objects.values_list("id", Lower("name")).union(Tag.objects.values_list("id", Lower("name"))).order_by("weight"))"),
      Catch::Contains("does not match any column in the result set"));
  // An unsliced count() clears the ordering: no column is added.
  CHECK(
      sqlite_of(
          R"(Tag.objects.values_list("name").union(Tag.objects.values_list("name")).order_by("weight").count())")
          .statements.at(0)
          .sql.find("__orderbycol") == std::string::npos);
}
