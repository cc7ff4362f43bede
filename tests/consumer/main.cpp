// SPDX-License-Identifier: MIT
#include <cstdio>
#include <sqlweave/parse.hpp>
#include <sqlweave/query.hpp>

int main() {
  auto s = sqlweave::schema::from_models_source(
      "from django.db import models\n\nclass Book(models.Model):\n    title = "
      "models.CharField(max_length=200)\n",
      {"library"});
  auto c = sqlweave::objects("Book")
               .filter("title__startswith", "Dj")
               .compile(s, sqlweave::dialect_id::postgresql);
  std::puts(c.statements.at(0).sql.c_str());
  return c.statements.at(0).sql ==
                 R"(SELECT "library_book"."id", "library_book"."title" FROM "library_book" WHERE "library_book"."title" LIKE $1)"
             ? 0
             : 1;
}
