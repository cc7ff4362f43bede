// SPDX-License-Identifier: MIT
// FROM's table names and the joins' ON equalities are written from the schema's ready text while
// the tables they name have no alias: the SQL must be what quoting each piece gives, whatever
// stops the ready text (an aliased table, a subquery's aliases, a name the `format` styles
// change, an M2M's two hops).
#include <catch2/catch.hpp>

#include "sqlweave/parse.hpp"
#include "sqlweave/query.hpp"

using namespace sqlweave;

namespace {

const schema& library() {
  static const schema s = schema::from_models_source(R"(from django.db import models

class Shelf(models.Model):
    label = models.CharField(max_length=20)

    class Meta:
        db_table = "lib_shelf%"

class Tag(models.Model):
    name = models.CharField(max_length=20)

class Book(models.Model):
    title = models.CharField(max_length=20)
    shelf = models.ForeignKey(Shelf, models.CASCADE)
    prequel = models.ForeignKey("self", models.CASCADE, null=True)
    tags = models.ManyToManyField(Tag)
)",
                                                     {.app = "lib"});
  return s;
}

std::string sql_of(const std::string& text, dialect_id d, std::optional<paramstyle> style = {}) {
  return compile(library(), parse_query(text), d, {.style = style}).statements.at(0).sql;
}

}  // namespace

TEST_CASE("an M2M's two joins are written as quoting each name writes them", "[render]") {
  CHECK(
      sql_of(R"(Book.objects.filter(tags__name="x").values("id"))", dialect_id::postgresql) ==
      R"(SELECT "lib_book"."id" FROM "lib_book" INNER JOIN "lib_book_tags" ON ("lib_book"."id" = "lib_book_tags"."book_id") INNER JOIN "lib_tag" ON ("lib_book_tags"."tag_id" = "lib_tag"."id") WHERE "lib_tag"."name" = $1)");
  CHECK(
      sql_of(R"(Book.objects.filter(tags__name="x").values("id"))", dialect_id::oracle) ==
      R"(SELECT "LIB_BOOK"."ID" FROM "LIB_BOOK" INNER JOIN "LIB_BOOK_TAGS" ON ("LIB_BOOK"."ID" = "LIB_BOOK_TAGS"."BOOK_ID") INNER JOIN "LIB_TAG" ON ("LIB_BOOK_TAGS"."TAG_ID" = "LIB_TAG"."ID") WHERE "LIB_TAG"."NAME" = :1)");
  CHECK(sql_of(R"(Book.objects.filter(tags__name="x").values("id"))", dialect_id::mysql) ==
        "SELECT `lib_book`.`id` FROM `lib_book` INNER JOIN `lib_book_tags` ON (`lib_book`.`id` = "
        "`lib_book_tags`.`book_id`) INNER JOIN `lib_tag` ON (`lib_book_tags`.`tag_id` = "
        "`lib_tag`.`id`) WHERE `lib_tag`.`name` = BINARY ?");
}

TEST_CASE("a table name the format styles change is quoted piece by piece", "[render]") {
  CHECK(
      sql_of(R"(Book.objects.filter(shelf__label="x").values("id"))", dialect_id::postgresql,
             paramstyle::format) ==
      R"(SELECT "lib_book"."id" FROM "lib_book" INNER JOIN "lib_shelf%%" ON ("lib_book"."shelf_id" = "lib_shelf%%"."id") WHERE "lib_shelf%%"."label" = %s)");
  CHECK(
      sql_of(R"(Shelf.objects.filter(book__title="x").values("id"))", dialect_id::postgresql,
             paramstyle::format) ==
      R"(SELECT "lib_shelf%%"."id" FROM "lib_shelf%%" INNER JOIN "lib_book" ON ("lib_shelf%%"."id" = "lib_book"."shelf_id") WHERE "lib_book"."title" = %s)");
  CHECK(
      sql_of(R"(Shelf.objects.filter(book__title="x").values("id"))", dialect_id::postgresql) ==
      R"(SELECT "lib_shelf%"."id" FROM "lib_shelf%" INNER JOIN "lib_book" ON ("lib_shelf%"."id" = "lib_book"."shelf_id") WHERE "lib_book"."title" = $1)");
}

TEST_CASE("aliased tables write their joins with the aliases", "[render]") {
  // Both joined Books are aliased (T2, T3: the name is taken); T2's parent is the unaliased
  // first one.
  CHECK(
      sql_of(R"(Book.objects.filter(prequel__prequel__title="x").values("id"))",
             dialect_id::sqlite) ==
      R"(SELECT "lib_book"."id" FROM "lib_book" INNER JOIN "lib_book" "T2" ON ("lib_book"."prequel_id" = "T2"."id") INNER JOIN "lib_book" "T3" ON ("T2"."prequel_id" = "T3"."id") WHERE "T3"."title" = ?)");
  // A subquery's tables are all aliased (U0, U1).
  CHECK(
      sql_of(
          R"(Shelf.objects.filter(id__in=Book.objects.filter(tags__name="x").values("shelf")).values("id"))",
          dialect_id::sqlite) ==
      R"(SELECT "lib_shelf%"."id" FROM "lib_shelf%" WHERE "lib_shelf%"."id" IN (SELECT "U0"."shelf_id" FROM "lib_book" "U0" INNER JOIN "lib_book_tags" "U1" ON ("U0"."id" = "U1"."book_id") INNER JOIN "lib_tag" "U2" ON ("U1"."tag_id" = "U2"."id") WHERE "U2"."name" = ?))");
}
