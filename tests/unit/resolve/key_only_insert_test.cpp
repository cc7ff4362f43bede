// SPDX-License-Identifier: MIT
// A model whose only column is its auto primary key: Django's SQLInsertCompiler names the key
// and writes the backend's pk_default_value() for each row (DEFAULT; NULL on SQLite and Oracle).
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/parse.hpp"

using namespace sqlweave;

namespace {

std::string sql_of(const char* query, dialect_id d) {
  const schema s = schema::from_models_source(R"(from django.db import models


class Marker(models.Model):
    pass
)",
                                              {.app = "bare"});
  const auto c = compile(s, parse_query(query), d);
  REQUIRE(c.statements.size() == 1);
  CHECK(c.statements[0].params.empty());
  return c.statements[0].sql;
}

}  // namespace

TEST_CASE("an insert of no column but the auto key writes the key's default", "[writes][insert]") {
  CHECK(sql_of("Marker.objects.create()", dialect_id::postgresql) ==
        R"(INSERT INTO "bare_marker" ("id") VALUES (DEFAULT) RETURNING "id")");
  CHECK(sql_of("Marker.objects.bulk_create([Marker(), Marker()])", dialect_id::postgresql) ==
        R"(INSERT INTO "bare_marker" ("id") VALUES (DEFAULT), (DEFAULT) RETURNING "id")");
  CHECK(sql_of("Marker.objects.bulk_create([Marker(), Marker()])", dialect_id::mysql) ==
        R"(INSERT INTO `bare_marker` (`id`) VALUES (DEFAULT), (DEFAULT))");
  CHECK(sql_of("Marker.objects.create()", dialect_id::sqlite) ==
        R"(INSERT INTO "bare_marker" ("id") VALUES (NULL) RETURNING "id")");
  CHECK(
      sql_of("Marker.objects.bulk_create([Marker(), Marker()])", dialect_id::oracle) ==
      R"(INSERT INTO "BARE_MARKER" ("ID") SELECT NULL FROM DUAL UNION ALL SELECT NULL FROM DUAL)");
}
