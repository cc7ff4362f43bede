// SPDX-License-Identifier: MIT
// ForeignKey(to_field=X) where X is itself a ForeignKey or OneToOneField: Django joins on X's
// column (`beta.alpha_id`), the stored type is the one at the end of the chain (Alpha.code, a
// CharField), and the FK constraint references X's column.
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/ddl.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/schema_json.hpp"

using namespace sqlweave;

namespace {

constexpr const char* chain = R"(from django.db import models


class Alpha(models.Model):
    code = models.CharField(max_length=10, unique=True)


class Beta(models.Model):
    alpha = models.OneToOneField(Alpha, models.CASCADE, to_field="code")
    label = models.CharField(max_length=10)


class Gamma(models.Model):
    beta = models.ForeignKey(Beta, models.CASCADE, to_field="alpha", null=True)
    n = models.IntegerField(default=0)
)";

schema load(const std::string& text) {
  return schema::from_models_source(text, {.app = "chain"});
}

statement first(const schema& s, const char* query, dialect_id d = dialect_id::sqlite) {
  return compile(s, parse_query(query), d).statements.at(0);
}

std::string table_of(const schema& s, const std::string& name, dialect_id d) {
  for (const auto& statement : ddl(s, d))
    if (statement.find("CREATE TABLE \"chain_" + name + "\"") == 0) return statement;
  return {};
}

}  // namespace

TEST_CASE("a to_field naming a ForeignKey joins on that key's column", "[schema][to_field]") {
  const schema s = load(chain);
  CHECK(
      first(s, R"(Gamma.objects.filter(beta__label="x"))").sql ==
      R"(SELECT "chain_gamma"."id", "chain_gamma"."beta_id", "chain_gamma"."n" FROM "chain_gamma" INNER JOIN "chain_beta" ON ("chain_gamma"."beta_id" = "chain_beta"."alpha_id") WHERE "chain_beta"."label" = ?)");
  CHECK(
      first(s, R"(Beta.objects.filter(gamma__n=1))").sql ==
      R"(SELECT "chain_beta"."id", "chain_beta"."alpha_id", "chain_beta"."label" FROM "chain_beta" INNER JOIN "chain_gamma" ON ("chain_beta"."alpha_id" = "chain_gamma"."beta_id") WHERE "chain_gamma"."n" = ?)");
  CHECK(
      first(s, R"(Gamma.objects.select_related("beta__alpha"))").sql ==
      R"(SELECT "chain_gamma"."id", "chain_gamma"."beta_id", "chain_gamma"."n", "chain_beta"."id", "chain_beta"."alpha_id", "chain_beta"."label", "chain_alpha"."id", "chain_alpha"."code" FROM "chain_gamma" LEFT OUTER JOIN "chain_beta" ON ("chain_gamma"."beta_id" = "chain_beta"."alpha_id") LEFT OUTER JOIN "chain_alpha" ON ("chain_beta"."alpha_id" = "chain_alpha"."code"))");
}

TEST_CASE("values for such a key take the type at the end of the chain", "[schema][to_field]") {
  const schema s = load(chain);
  // The key compares the column itself (no join) and keeps the text: Alpha.code is a CharField.
  for (const char* query :
       {R"(Gamma.objects.filter(beta="c1"))", R"(Gamma.objects.filter(beta_id="c1"))"}) {
    const statement st = first(s, query);
    CHECK(
        st.sql ==
        R"(SELECT "chain_gamma"."id", "chain_gamma"."beta_id", "chain_gamma"."n" FROM "chain_gamma" WHERE "chain_gamma"."beta_id" = ?)");
    REQUIRE(st.params.size() == 1);
    CHECK(st.params[0] == value(std::string("c1")));
  }
  const statement insert = first(s, R"(Gamma.objects.create(beta_id="c1", n=2))");
  CHECK(insert.sql == R"(INSERT INTO "chain_gamma" ("beta_id", "n") VALUES (?, ?) RETURNING "id")");
  CHECK(insert.params.at(0) == value(std::string("c1")));
  CHECK(first(s, R"(Gamma.objects.update(beta="c2"))").sql ==
        R"(UPDATE "chain_gamma" SET "beta_id" = ?)");
}

TEST_CASE("the DDL of such a key has the final type and references the key's column",
          "[schema][to_field]") {
  const schema s = load(chain);
  const std::string gamma = table_of(s, "gamma", dialect_id::sqlite);
  CHECK(gamma.find(R"("beta_id" varchar(10) NULL REFERENCES "chain_beta" ("alpha_id"))") !=
        std::string::npos);
  // The schema JSON names the to_field and loads back to the same tables.
  const schema again = schema_from_json(to_json(s), "chain.json");
  for (const char* name : {"alpha", "beta", "gamma"})
    CHECK(table_of(again, name, dialect_id::postgresql) ==
          table_of(s, name, dialect_id::postgresql));
  CHECK(first(again, R"(Gamma.objects.filter(beta__label="x"))").sql ==
        first(s, R"(Gamma.objects.filter(beta__label="x"))").sql);
}

TEST_CASE("a chain of to_field keys that comes back to itself is refused", "[schema][to_field]") {
  CHECK_THROWS_WITH(load(R"(from django.db import models


class Left(models.Model):
    right = models.OneToOneField("Right", models.CASCADE, to_field="left", related_name="+")


class Right(models.Model):
    left = models.OneToOneField(Left, models.CASCADE, to_field="right", related_name="+")
)"),
                    Catch::Contains("Left.right points at a chain of foreign keys that comes back "
                                    "to itself"));
  CHECK_THROWS_WITH(load(R"(from django.db import models


class Tag(models.Model):
    name = models.CharField(max_length=10)


class Post(models.Model):
    tags = models.ManyToManyField(Tag)


class Pin(models.Model):
    post = models.ForeignKey(Post, models.CASCADE, to_field="tags")
)"),
                    Catch::Contains("Pin.post has to_field='tags', not a field of Post"));
}
