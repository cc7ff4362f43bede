// SPDX-License-Identifier: MIT
// inline_values() and redact_values() without a database: each dialect's literal forms, every
// paramstyle giving the same inlined text, refusals, and markers that hold no value.
#include "sqlweave/inline.hpp"

#include <catch2/catch.hpp>

#include "sqlweave/ddl.hpp"
#include "sqlweave/exec.hpp"
#include "sqlweave/parse.hpp"
#include "support/fixture.hpp"

using namespace sqlweave;

namespace {

compiled_query compiled(const std::string& text, dialect_id d, std::optional<paramstyle> style,
                        const std::map<std::string, value, std::less<>>& bind) {
  compile_options o;
  o.style = style;
  return compile(testing::shop_models(), parse_query(text), d, o).bind(bind);
}

std::string inlined(const std::string& text, dialect_id d, const value& v,
                    std::optional<paramstyle> style = std::nullopt) {
  const auto c = compiled(text, d, style, {{"v", v}});
  return inline_values(c.statements.at(0), c.dialect, c.style);
}

std::string where_of(const std::string& sql) {
  return sql.substr(sql.find(" WHERE ") + 7);
}

}  // namespace

TEST_CASE("values are written as each dialect's literals", "[inline]") {
  const std::string q = "Customer.objects.filter(notes=:v)";
  CHECK(where_of(inlined(q, dialect_id::sqlite, value("O'Br\\ien"))) ==
        R"("shop_customer"."notes" = 'O''Br\ien')");
  CHECK(where_of(inlined(q, dialect_id::postgresql, value("O'Br\\ien"))) ==
        R"("shop_customer"."notes" = E'O''Br\\ien')");
  CHECK(where_of(inlined(q, dialect_id::postgresql, value("plain"))) ==
        R"("shop_customer"."notes" = 'plain')");
  CHECK(where_of(inlined(q, dialect_id::mysql, value("O'Br\\ien"))) ==
        R"(`shop_customer`.`notes` = BINARY 'O''Br\\ien')");
  CHECK(where_of(inlined(q, dialect_id::oracle, value("O'Br\\ien"))) ==
        R"("SHOP_CUSTOMER"."NOTES" = 'O''Br\ien')");

  const std::string p = "Product.objects.filter(weight=:v)";
  CHECK(where_of(inlined(p, dialect_id::postgresql, value(2.0))) ==
        R"("shop_product"."weight" = 2.0::float8)");
  CHECK(where_of(inlined(p, dialect_id::mysql, value(-2.5))) ==
        "`shop_product`.`weight` = (-2.5e0)");
  CHECK(where_of(inlined(p, dialect_id::oracle, value(1e300))) ==
        R"("SHOP_PRODUCT"."WEIGHT" = 1e+300d)");
  CHECK(where_of(inlined("Product.objects.filter(price=:v)", dialect_id::sqlite,
                         value(decimal{"1.50"}))) == R"("shop_product"."price" = '1.50')");
  CHECK(where_of(inlined("Product.objects.filter(price=:v)", dialect_id::postgresql,
                         value(decimal{"-1.50"}))) == R"("shop_product"."price" = (-1.50))");
  CHECK(where_of(inlined("Product.objects.filter(stock=:v)", dialect_id::sqlite, value(-5))) ==
        R"("shop_product"."stock" = (-5))");
  CHECK(where_of(inlined("Product.objects.filter(active=:v)", dialect_id::postgresql,
                         value(true))) == R"("shop_product"."active" = TRUE)");
  CHECK(where_of(inlined("Product.objects.filter(active=:v)", dialect_id::oracle, value(false))) ==
        R"("SHOP_PRODUCT"."ACTIVE" = 0)");
  CHECK(where_of(inlined("Product.objects.filter(released=:v)", dialect_id::mysql,
                         value(date{2020, 1, 2}))) ==
        "`shop_product`.`released` = DATE '2020-01-02'");
  CHECK(where_of(inlined("Product.objects.filter(created=:v)", dialect_id::postgresql,
                         value(datetime{{2020, 1, 2}, 3, 4, 5, 6}))) ==
        R"("shop_product"."created" = TIMESTAMP '2020-01-02 03:04:05.000006')");
  CHECK(where_of(inlined("Product.objects.filter(released=:v)", dialect_id::sqlite,
                         value(date{2020, 1, 2}))) ==
        R"("shop_product"."released" = '2020-01-02')");
}

TEST_CASE("every paramstyle inlines to the same SQL", "[inline]") {
  const std::string q =
      "Customer.objects.filter(Q(notes__contains=:v) | Q(name=:v), city=\"%s ? $1 :1\")";
  for (const auto d : all_dialects) {
    INFO(to_string(d));
    const auto want = inlined(q, d, value("50% of 'x' \\ ?"));
    for (auto style : {paramstyle::qmark, paramstyle::numeric, paramstyle::named,
                       paramstyle::format, paramstyle::pyformat, paramstyle::dollar}) {
      INFO(to_string(style));
      CHECK(inlined(q, d, value("50% of 'x' \\ ?"), style) == want);
    }
  }
}

TEST_CASE("values without a literal are refused", "[inline]") {
  const std::string q = "Customer.objects.filter(notes=:v)";
  CHECK_THROWS_WITH(inlined(q, dialect_id::postgresql, value(std::string("a\0b", 3))),
                    Catch::Contains("NUL"));
  CHECK_THROWS_WITH(inlined("Product.objects.filter(weight=:v)", dialect_id::sqlite,
                            value(std::numeric_limits<double>::infinity())),
                    Catch::Contains("no SQL literal"));
  CHECK_THROWS_WITH(inlined(q, dialect_id::oracle, value(std::string(4001, 'x'))),
                    Catch::Contains("at most 4000 bytes"));
  const auto unbound = compile(testing::shop_models(), parse_query(q), dialect_id::sqlite);
  CHECK_THROWS_WITH(inline_values(unbound), Catch::Contains(":v"));
  CHECK_THROWS_WITH(unbound.bind({}), Catch::Contains(":v"));
  CHECK(unbound.unbound_parameters() == std::vector<std::string>{"v"});
}

TEST_CASE("redacted SQL holds typed markers and none of the values", "[inline]") {
  const auto c = compiled(
      "Product.objects.filter(name=:v, price__gt=Decimal(\"12.34\"), released=date(2020, 5, 6), "
      "active__in=[True])",
      dialect_id::postgresql, std::nullopt, {{"v", value("Ünal secret")}});
  const auto sql = redact_values(c.statements.at(0), c.dialect, c.style);
  CHECK_THAT(sql, Catch::Contains("<text:11>") && Catch::Contains("<decimal>") &&
                      Catch::Contains("<date>") && Catch::Contains("<boolean>"));
  for (const char* secret : {"secret", "12.34", "2020", "Ünal"})
    CHECK(sql.find(secret) == std::string::npos);
  const auto all = redact_values(c);
  CHECK(all.statements.at(0).params.empty());
}

TEST_CASE("database URLs", "[exec]") {
  const auto u = parse_server_url("postgresql://app:p%40ss@w@db.example:6543/shop");
  CHECK(u.scheme == "postgresql");
  CHECK(u.user == "app");
  CHECK(u.password == "p@ss@w");
  CHECK(u.host == "db.example");
  CHECK(u.port == 6543u);
  CHECK(u.database == "shop");
  CHECK(!parse_server_url("mysql://root@localhost/x").port);
  CHECK_THROWS_WITH(parse_server_url("mysql://root@localhost"), Catch::Contains("no database"));
  CHECK_THROWS_WITH(parse_server_url("mysql://root@:3306/x"), Catch::Contains("no host"));
  CHECK_THROWS_WITH(open("ftp://x/y"), Catch::Contains("scheme"));
}

TEST_CASE("value_as converts only what fits", "[exec]") {
  CHECK(value_as<int>(value(7)) == 7);
  CHECK(value_as<double>(value(7)) == 7.0);
  CHECK(value_as<std::optional<std::string>>(value()) == std::nullopt);
  CHECK_THROWS_WITH(value_as<std::int8_t>(value(300)), Catch::Contains("does not fit"));
  CHECK_THROWS_WITH(value_as<std::string>(value()), Catch::Contains("null value"));
  CHECK_THROWS_AS(value_as<bool>(value(1)), error);
}

TEST_CASE("SQLite runs a whole plan with typed rows", "[exec][sqlite]") {
  auto db = open_sqlite(":memory:");
  for (const auto& stmt : ddl(testing::shop_models(), dialect_id::sqlite)) db->execute_script(stmt);
  const auto q = [](const char* text) {
    return compile(testing::shop_models(), parse_query(text), dialect_id::sqlite);
  };
  const auto made =
      db->run(q("Tag.objects.bulk_create([Tag(name=\"a\", weight=1), Tag(name=\"b\", weight=2)])"));
  CHECK(made.rows_affected == 2);
  CHECK(db->run(q("Tag.objects.filter(weight__gt=1).update(weight=5)")).rows_affected == 1);
  const auto r = db->run(q("Tag.objects.order_by(\"name\").values_list(\"name\", \"weight\")"));
  REQUIRE(r.rows.rows.size() == 2);
  CHECK(row_view(r.rows, 1).get<std::int64_t>("weight") == 5);
  CHECK(db->run(q("Tag.objects.filter(name=\"c\").exists()")).truth == false);
}
