// SPDX-License-Identifier: MIT
#include <sqlite3.h>

#include <cstdio>
#include <sqlweave/ddl.hpp>
#include <sqlweave/exec.hpp>
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
  // The executors link from the installed package: a plan runs on embedded SQLite.
  auto db = sqlweave::open("sqlite::memory:");
  for (const auto& stmt : sqlweave::ddl(s, db->dialect())) db->execute_script(stmt);
  db->execute_script("INSERT INTO library_book (title) VALUES ('Django for C++')");
  const auto r = db->run(
      sqlweave::objects("Book").filter("title__startswith", "Dj").compile(s, db->dialect()));
  return r.rows.rows.size() == 1 ? 0 : 1;
}
