// SPDX-License-Identifier: MIT
// Index(include=...) and UniqueConstraint(include=...) (tests/projects/ledger's Statement): the
// INCLUDE Django 3.2 writes where the database has covering indexes (PostgreSQL) and leaves out
// elsewhere (the unique one, created as a unique index after the table, comes first), kept
// through schema JSON and migrated as RemoveIndex + AddIndex; and a ForeignKey
// or SlugField with db_index=False, which gets no index of its own.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/ddl.hpp"
#include "sqlweave/migrate.hpp"
#include "sqlweave/schema.hpp"
#include "sqlweave/schema_json.hpp"
#include "support/tree.hpp"

using namespace sqlweave;
using sqlweave::testing::load_error;
using sqlweave::testing::tree;

namespace {

const std::string ledger = SQLWEAVE_SOURCE_DIR "/tests/projects/ledger";

std::vector<std::string> on_statement(const std::vector<std::string>& statements) {
  std::vector<std::string> out;
  std::copy_if(statements.begin(), statements.end(), std::back_inserter(out),
               [](const std::string& s) {
                 return s.find("INDEX") != std::string::npos &&
                        (s.find("ledger_statement") != std::string::npos ||
                         s.find("LEDGER_STATEMENT") != std::string::npos);
               });
  return out;
}

schema shop(const std::string& meta) {
  return schema::from_models_source(
      "from django.db import models\n\n"
      "class Invoice(models.Model):\n"
      "    number = models.CharField(max_length=20)\n"
      "    total = models.IntegerField()\n\n"
      "    class Meta:\n"
      "        indexes = [" +
          meta + "]\n",
      {.app = "shop"});
}

using lines = std::vector<std::string>;

}  // namespace

TEST_CASE("covering indexes: INCLUDE on PostgreSQL only; db_index=False makes no index", "[ddl]") {
  const schema s = schema::load({ledger}, {});
  CHECK(on_statement(ddl(s, dialect_id::postgresql)) ==
        lines{"CREATE UNIQUE INDEX \"statement_account_opened_uq\" ON \"ledger_statement\" "
              "(\"account_id\", \"opened\") INCLUDE (\"total\")",
              "CREATE INDEX \"statement_opened_cov\" ON \"ledger_statement\" (\"opened\" DESC) "
              "INCLUDE (\"total\", \"period\")"});
  CHECK(on_statement(ddl(s, dialect_id::sqlite)) ==
        lines{"CREATE INDEX \"statement_opened_cov\" ON \"ledger_statement\" (\"opened\" DESC)"});
  CHECK(on_statement(ddl(s, dialect_id::mysql)) ==
        lines{"CREATE INDEX `statement_opened_cov` ON `ledger_statement` (`opened` DESC)"});
  const schema again = schema_from_json(to_json(s), "ledger.json");
  for (auto d : all_dialects) CHECK(ddl(again, d) == ddl(s, d));
}

TEST_CASE("an index with include must be named, as in Django", "[ddl][errors]") {
  tree unnamed({{"logs/__init__.py", ""},
                {"logs/models.py",
                 "from django.db import models\n\nclass Log(models.Model):\n"
                 "    at = models.DateField()\n\n    class Meta:\n"
                 "        indexes = [models.Index(fields=['at'], include=['id'])]\n"}});
  CHECK(load_error(unnamed).find("an index must be named to use include, as in Django") !=
        std::string::npos);
  CHECK_THROWS_WITH(
      schema_from_json(R"({"format": "sqlweave-schema/1", "models": [{"app": "a", "name": "A",
        "fields": [{"name": "n", "class": "IntegerField"}],
        "indexes": [{"fields": ["n"], "include": ["id"]}]}]})",
                       "a.json"),
      Catch::Contains("an index with \"include\" needs a \"name\", as in Django"));
}

TEST_CASE("a changed include is RemoveIndex + AddIndex, as Django's autodetector writes it",
          "[migrate]") {
  const auto plan =
      plan_migration(shop("models.Index(fields=['number'], name='inv_ix')"),
                     shop("models.Index(fields=['number'], include=['total'], name='inv_ix')"));
  std::vector<std::string> ops;
  for (const auto& op : plan.operations()) ops.push_back(op.describe());
  CHECK(ops.size() == 2);
  CHECK(plan.statements(dialect_id::postgresql) ==
        lines{"BEGIN", "DROP INDEX IF EXISTS \"inv_ix\"",
              "CREATE INDEX \"inv_ix\" ON \"shop_invoice\" (\"number\") INCLUDE (\"total\")",
              "COMMIT"});
  CHECK(plan.statements(dialect_id::mysql) ==
        lines{"DROP INDEX `inv_ix` ON `shop_invoice`",
              "CREATE INDEX `inv_ix` ON `shop_invoice` (`number`)"});
}
