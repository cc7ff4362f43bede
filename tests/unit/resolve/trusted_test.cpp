// SPDX-License-Identifier: MIT
// Trusted SQL: RawSQL() and Func() from query text and the builder, the program's registered
// functions, transforms and lookups, and the switch that refuses them.
#include <catch2/catch.hpp>

#include "sqlweave/extensions.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/query.hpp"
#include "support/shop_schema.hpp"

using namespace sqlweave;

namespace {

const schema& shop() {
  static const schema s = testing::shop_schema();
  return s;
}

statement first(const std::string& text, dialect_id d, const compile_options& o = {}) {
  return compile(shop(), parse_query(text), d, o).statements.at(0);
}

}  // namespace

TEST_CASE("RawSQL keeps its text and binds its parameters in every paramstyle", "[trusted]") {
  const std::string q =
      R"q(Tag.objects.annotate(x=RawSQL("SELECT 1 + %s WHERE 5 %% 2 = %s", (2, 1))).values_list("x"))q";
  const auto pg = first(q, dialect_id::postgresql);
  CHECK(pg.sql == R"q(SELECT (SELECT 1 + $1 WHERE 5 % 2 = $2) AS "x" FROM "shop_tag")q");
  CHECK(pg.params == std::vector<value>{2, 1});
  compile_options format;
  format.style = paramstyle::format;
  CHECK(first(q, dialect_id::mysql, format).sql ==
        R"q(SELECT (SELECT 1 + %s WHERE 5 %% 2 = %s) AS `x` FROM `shop_tag`)q");
  CHECK_THROWS_WITH(
      first(R"q(Tag.objects.annotate(x=RawSQL("SELECT %s", ())))q", dialect_id::sqlite),
      "RawSQL() has more %s than parameters");
  CHECK_THROWS_WITH(
      first(R"q(Tag.objects.annotate(x=RawSQL("SELECT 1", (3,))))q", dialect_id::sqlite),
      "RawSQL() has more parameters than %s");
}

TEST_CASE("Func fills its template as Django's Func.as_sql", "[trusted]") {
  CHECK(first(R"q(Tag.objects.annotate(x=Func(F("name"), function="SOUNDEX")).values_list("x"))q",
              dialect_id::postgresql)
            .sql == R"q(SELECT SOUNDEX("shop_tag"."name") AS "x" FROM "shop_tag")q");
  CHECK(
      first(
          R"q(Tag.objects.annotate(x=Func(F("name"), F("id"), template="%(function)s(%(expressions)s)", function="CONCAT_WS", arg_joiner=" || ", output_field=CharField())).values_list("x"))q",
          dialect_id::sqlite)
          .sql ==
      R"q(SELECT CONCAT_WS("shop_tag"."name" || "shop_tag"."id") AS "x" FROM "shop_tag")q");
  CHECK_THROWS_WITH(first(R"q(Tag.objects.annotate(x=Func(F("name"), template="%(nope)s")))q",
                          dialect_id::sqlite),
                    "the template names %(nope)s, which has no value");
  CHECK_THROWS_WITH(first(R"q(Tag.objects.annotate(x=Func(F("name"))))q", dialect_id::sqlite),
                    "Func() needs function= or template=");
}

TEST_CASE("trusted_sql = false refuses RawSQL and Func, not the program's own extensions",
          "[trusted]") {
  compile_options untrusted;
  untrusted.trusted_sql = false;
  CHECK_THROWS_WITH(
      first(R"q(Tag.objects.annotate(x=RawSQL("1", ())))q", dialect_id::sqlite, untrusted),
      "RawSQL() writes trusted SQL, which this compile refuses (--no-raw)");
  CHECK_THROWS_WITH(first(R"q(Tag.objects.annotate(x=Func(F("name"), function="F")))q",
                          dialect_id::sqlite, untrusted),
                    "Func() writes trusted SQL, which this compile refuses (--no-raw)");
  extensions ext;
  ext.add_function(function_template("Soundex", "%(function)s(%(expressions)s)"));
  untrusted.ext = &ext;
  CHECK(first(R"q(Tag.objects.annotate(x=Soundex("name")).values_list("x"))q", dialect_id::sqlite,
              untrusted)
            .sql == R"q(SELECT SOUNDEX("shop_tag"."name") AS "x" FROM "shop_tag")q");
}

TEST_CASE("registered functions, transforms and lookups", "[trusted]") {
  extensions ext;
  function_template soundex("Soundex", "SOUNDEX(%(expressions)s)");
  soundex.min_args = soundex.max_args = 1;
  soundex.output = field_type::char_field;
  ext.add_function(soundex);
  ext.add_transform({"unaccent", "UNACCENT(%(expressions)s)"});
  ext.add_lookup({"ne", "%(lhs)s <> %(rhs)s"});
  compile_options o;
  o.ext = &ext;
  CHECK(
      first(R"q(Tag.objects.filter(name__unaccent__icontains="e", weight__ne=3))q",
            dialect_id::postgresql, o)
          .sql ==
      R"q(SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE (UPPER(UNACCENT("shop_tag"."name")) LIKE UPPER($1) AND "shop_tag"."weight" <> $2))q");
  CHECK_THROWS_WITH(
      first(R"q(Tag.objects.annotate(x=Soundex("name", "id")))q", dialect_id::sqlite, o),
      "Soundex() takes 1 to 1 arguments, got 2");
  CHECK_THROWS_WITH(first(R"q(Tag.objects.annotate(x=Sondex("name")))q", dialect_id::sqlite, o),
                    "unknown function 'Sondex'; did you mean 'Soundex'?");
}

TEST_CASE("the builder's trusted SQL is the same as the text's", "[trusted][builder]") {
  const auto built = objects("Tag")
                         .annotate("x", trusted::raw_sql("SELECT %s", {5}))
                         .annotate("y", trusted::function("SOUNDEX", {F("name")}))
                         .values_list({"x", "y"})
                         .compile(shop(), dialect_id::sqlite);
  CHECK(
      built.statements.at(0).sql ==
      first(
          R"q(Tag.objects.annotate(x=RawSQL("SELECT %s", (5,))).annotate(y=Func(F("name"), function="SOUNDEX")).values_list("x", "y"))q",
          dialect_id::sqlite)
          .sql);
}

TEST_CASE("extra(): select columns lead, where clauses are conjuncts, params bound in order",
          "[resolve][trusted]") {
  const schema s = testing::shop_schema();
  const auto sql = [&](std::string_view text) {
    const auto c = compile(s, parse_query(text), dialect_id::postgresql);
    return c.statements.at(0).sql;
  };
  CHECK(
      sql("Tag.objects.extra(select={'w': 'weight + %s'}, select_params=[1])") ==
      R"(SELECT (weight + $1) AS "w", "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag")");
  CHECK(
      sql("Tag.objects.filter(id=1).extra(where=['weight > %s', 'name <> %s'], params=[1, 'x'])") ==
      R"(SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE ("shop_tag"."id" = $1 AND (weight > $2) AND (name <> $3)))");
  CHECK(
      sql("Tag.objects.extra(select={'w': 'weight * 2'}, order_by=['-w'])") ==
      R"(SELECT (weight * 2) AS "w", "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" ORDER BY "w" DESC)");
  CHECK_THROWS_WITH(sql("Tag.objects.extra(where=['weight > %s'])"),
                    "extra(where=) has more %s than parameters");
  CHECK_THROWS_WITH(sql("Tag.objects.extra(where=['weight > 1'], params=[2])"),
                    "extra() has more params than %s in its SQL (1 for 0)");
  CHECK_THROWS_WITH(sql("Tag.objects.extra(tables=['shop_product'])"),
                    "extra(tables=) is not supported: join through a relation");
  compile_options untrusted;
  untrusted.trusted_sql = false;
  CHECK_THROWS_WITH(
      compile(s, parse_query("Tag.objects.extra(where=['1 = 1'])"), dialect_id::sqlite, untrusted),
      "extra() writes trusted SQL, which this compile refuses (--no-raw)");
}
