// SPDX-License-Identifier: MIT
// Hostile text in every place a name or value can enter (the classes of Django's SQL injection
// CVEs): names are refused or resolved against the schema, values are always parameters.
#include <catch2/catch.hpp>

#include "sqlweave/parse.hpp"
#include "sqlweave/query.hpp"
#include "support/fixture.hpp"
#include "support/shop_schema.hpp"

using namespace sqlweave;

namespace {

const std::string hostile[] = {
    "name; DROP TABLE shop_tag",
    "name\" OR 1=1 --",
    "x' OR '1'='1",
    "a`b",
    "a]b",
    "-- comment",
    "/* c */ name",
    "na\nme",
    std::string("na\0me", 6),
    "name\\",
    "\xff\xfe",
};

const schema& shop() {
  static const schema s = testing::shop_schema();
  return s;
}

void refused_everywhere(const ast::query& q) {
  for (auto d : all_dialects) CHECK_THROWS_AS(compile(shop(), q, d), error);
}
void refused_everywhere(const queryset& q) {
  refused_everywhere(q.ast());
}
void refused_everywhere(const terminal_query& q) {
  refused_everywhere(q.ast());
}

}  // namespace

TEST_CASE("hostile names are refused wherever a name enters", "[security]") {
  for (const auto& h : hostile) {
    INFO(h);
    refused_everywhere(objects("Tag").order_by({expression(h)}));
    refused_everywhere(objects("Tag").order_by({expression("-" + h)}));
    refused_everywhere(objects("Tag").annotate(h, Count("id")));
    refused_everywhere(objects("Tag").aggregate({{h, Count("id")}}));
    refused_everywhere(objects("Tag").values({h}));
    refused_everywhere(objects("Tag").values({}, {{h, F("name")}}));
    refused_everywhere(objects("Tag").values_list({h}));
    refused_everywhere(objects("Tag").only({h}));
    refused_everywhere(objects("Tag").defer({h}));
    refused_everywhere(objects("Tag").filter(h, 1));
    refused_everywhere(objects("Tag").filter("name", F(h)));
    refused_everywhere(objects("Tag").select_related({h}));
    refused_everywhere(objects("Tag").prefetch_related({h}));
    refused_everywhere(objects("Order").annotate("t", func("Trunc", {"placed", h})));
    refused_everywhere(objects("Order").annotate("t", func("Extract", {"placed", h})));
    refused_everywhere(objects("Tag").update({{h, 1}}));
    refused_everywhere(objects(h));
  }
}

TEST_CASE("hostile values travel as parameters, never in the SQL text", "[security]") {
  for (const auto& h : hostile) {
    for (auto d : all_dialects) {
      INFO(h << " " << to_string(d));
      for (const auto& q : {objects("Tag").filter("name", h).ast(),
                            objects("Tag").filter("name__icontains", h).ast(),
                            objects("Tag").filter("name__in", {h, "x"}).ast(),
                            objects("Tag").filter("name__regex", h).ast(),
                            objects("Tag").annotate("v", Value(h)).ast(),
                            objects("Tag").update({{"name", h}}).ast()}) {
        const auto c = compile(shop(), q, d);
        const auto& st = c.statements.at(0);
        CHECK(st.sql.find(h) == std::string::npos);
        CHECK(!st.params.empty());
      }
    }
  }
}

TEST_CASE("hostile values are inert on SQLite", "[security][sqlite]") {
  auto& db = testing::shop_sqlite();
  const auto count = [&] {
    return db.query(testing::make_statement("SELECT COUNT(*) FROM shop_tag")).at(0).at(0).as_int();
  };
  const auto before = count();
  for (const auto& h : hostile) {
    INFO(h);
    const auto c = objects("Tag")
                       .filter(Q("name", h) | Q("name__icontains", h))
                       .compile(shop(), dialect_id::sqlite);
    CHECK(db.query(c.statements.at(0)).empty());
  }
  CHECK(count() == before);
}

TEST_CASE("the text front end keeps hostile text in string literals", "[security][grammar]") {
  const auto q = parse_query(R"(Tag.objects.filter(name="x'); DROP TABLE shop_tag; --"))");
  const auto c = compile(shop(), q, dialect_id::postgresql);
  CHECK(c.statements.at(0).sql.find("DROP") == std::string::npos);
  CHECK(c.statements.at(0).params.at(0) == value("x'); DROP TABLE shop_tag; --"));
}
