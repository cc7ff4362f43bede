// SPDX-License-Identifier: MIT
#include <sqlite3.h>

#include <cstdio>
#include <sqlweave/parse.hpp>
#include <sqlweave/query.hpp>
#include <sqlweave/sqlite.hpp>

int main() {
  auto s = sqlweave::schema::from_models_source(
      "from django.db import models\n\nclass Book(models.Model):\n    title = "
      "models.CharField(max_length=200)\n",
      {"library"});
  auto c = sqlweave::objects("Book")
               .filter("title__startswith", "Dj")
               .compile(s, sqlweave::dialect_id::postgresql);
  std::puts(c.statements.at(0).sql.c_str());
  if (c.statements.at(0).sql !=
      R"(SELECT "library_book"."id", "library_book"."title" FROM "library_book" WHERE "library_book"."title" LIKE $1)")
    return 1;
  // sqlweave::sqlite: the regexp function on an embedded connection.
  sqlite3* db = nullptr;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 1;
  const int rc = sqlweave::sqlite::register_regexp(db);
  sqlite3_close(db);
  return rc == SQLITE_OK ? 0 : 1;
}
