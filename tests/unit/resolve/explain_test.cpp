// SPDX-License-Identifier: MIT
// explain(): the prefix Django's explain_query_prefix() writes on each backend, its ValueErrors
// and Oracle's NotSupportedError.
#include <catch2/catch.hpp>

#include "sqlweave/parse.hpp"
#include "sqlweave/query.hpp"
#include "support/shop_schema.hpp"

using namespace sqlweave;

namespace {

const schema& shop() {
  static const schema s = testing::shop_schema();
  return s;
}

std::string prefix(const std::string& call, dialect_id d) {
  const auto c = compile(shop(), parse_query("Tag.objects.filter(weight__gt=1)." + call), d);
  const auto& st = c.statements.at(0);
  CHECK(st.role == statement_role::plan);
  CHECK(st.columns.empty());
  return st.sql.substr(0, st.sql.find(" SELECT "));
}

}  // namespace

TEST_CASE("explain() writes each backend's prefix before the SELECT", "[explain]") {
  CHECK(prefix("explain()", dialect_id::sqlite) == "EXPLAIN QUERY PLAN");
  CHECK(prefix("explain()", dialect_id::postgresql) == "EXPLAIN");
  CHECK(prefix("explain()", dialect_id::mysql) == "EXPLAIN");
  const auto c = compile(shop(), parse_query("Tag.objects.filter(weight__gt=1).explain()"),
                         dialect_id::postgresql);
  CHECK(
      c.statements.at(0).sql ==
      R"(EXPLAIN SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE "shop_tag"."weight" > $1)");
  CHECK(c.statements.at(0).params == std::vector<value>{1});
}

TEST_CASE("explain() options and formats on PostgreSQL", "[explain]") {
  CHECK(prefix(R"(explain(format="json"))", dialect_id::postgresql) == "EXPLAIN (FORMAT JSON)");
  CHECK(prefix(R"(explain(analyze=True, format="json"))", dialect_id::postgresql) ==
        "EXPLAIN (ANALYZE true, FORMAT JSON)");
  CHECK(prefix(R"(explain(verbose=True, analyze=True, costs=False, format="yaml"))",
               dialect_id::postgresql) ==
        "EXPLAIN (ANALYZE true, COSTS false, VERBOSE true, FORMAT YAML)");
  CHECK(prefix("explain(format=None)", dialect_id::postgresql) == "EXPLAIN");
  CHECK_THROWS_WITH(prefix(R"(explain(format="tree"))", dialect_id::postgresql),
                    "TREE is not a recognized format; allowed formats: JSON, TEXT, XML, YAML");
  CHECK_THROWS_WITH(prefix("explain(bogus=True, wal=True, abc=False)", dialect_id::postgresql),
                    "unknown options: abc, bogus");
}

TEST_CASE("explain() on MariaDB: ANALYZE, FORMAT=, TEXT as TRADITIONAL", "[explain]") {
  CHECK(prefix(R"(explain(format="json"))", dialect_id::mysql) == "EXPLAIN FORMAT=JSON");
  CHECK(prefix(R"(explain(format="text"))", dialect_id::mysql) == "EXPLAIN FORMAT=TRADITIONAL");
  CHECK(prefix("explain(analyze=True)", dialect_id::mysql) == "ANALYZE");
  CHECK(prefix("explain(analyze=False)", dialect_id::mysql) == "EXPLAIN");
  CHECK(prefix(R"(explain(analyze=True, format="json"))", dialect_id::mysql) ==
        "ANALYZE FORMAT=JSON");
  CHECK_THROWS_WITH(prefix(R"(explain(format="yaml"))", dialect_id::mysql),
                    "YAML is not a recognized format; allowed formats: JSON, TEXT, TRADITIONAL");
  CHECK_THROWS_WITH(prefix("explain(verbose=True)", dialect_id::mysql), "unknown options: verbose");
}

TEST_CASE("explain() refusals on SQLite and Oracle", "[explain]") {
  CHECK_THROWS_WITH(prefix(R"(explain(format="json"))", dialect_id::sqlite),
                    "JSON is not a recognized format");
  CHECK_THROWS_WITH(prefix("explain(analyze=True)", dialect_id::sqlite),
                    "unknown options: analyze");
  CHECK_THROWS_WITH(prefix("explain()", dialect_id::oracle), "oracle does not support explain()");
  CHECK_THROWS_WITH(prefix(R"(explain(analyze="yes"))", dialect_id::postgresql),
                    "explain(analyze=) takes True or False");
}
