// SPDX-License-Identifier: MIT
// A model's columns are written from the schema's ready text, runs of them in one piece: the
// SQL must be what quoting each column gives, whatever breaks a run (a deferred column, a
// column whose name the `format` styles change, an alias, a join's table alias).
#include <catch2/catch.hpp>

#include "sqlweave/parse.hpp"
#include "sqlweave/query.hpp"

using namespace sqlweave;

namespace {

const schema& notes() {
  static const schema s = schema::from_models_source(R"(from django.db import models

class Shelf(models.Model):
    label = models.CharField(max_length=20)
    parent = models.ForeignKey("self", models.CASCADE, null=True)

class Note(models.Model):
    title = models.CharField(max_length=20)
    share = models.IntegerField(db_column="share%")
    body = models.TextField()
    shelf = models.ForeignKey(Shelf, models.CASCADE)
)",
                                                     {.app = "memo"});
  return s;
}

std::string sql_of(const std::string& text, dialect_id d, std::optional<paramstyle> style = {}) {
  return compile(notes(), parse_query(text), d, {.style = style}).statements.at(0).sql;
}

}  // namespace

TEST_CASE("a model's columns are written as quoting each of them writes it", "[render]") {
  CHECK(
      sql_of("Shelf.objects.all()", dialect_id::postgresql) ==
      R"(SELECT "memo_shelf"."id", "memo_shelf"."label", "memo_shelf"."parent_id" FROM "memo_shelf")");
  CHECK(
      sql_of("Shelf.objects.all()", dialect_id::oracle) ==
      R"(SELECT "MEMO_SHELF"."ID", "MEMO_SHELF"."LABEL", "MEMO_SHELF"."PARENT_ID" FROM "MEMO_SHELF")");
  CHECK(sql_of("Shelf.objects.all()", dialect_id::mysql) ==
        "SELECT `memo_shelf`.`id`, `memo_shelf`.`label`, `memo_shelf`.`parent_id` FROM "
        "`memo_shelf`");
}

TEST_CASE("a column the format styles change breaks the run of ready columns", "[render]") {
  CHECK(
      sql_of("Note.objects.all()", dialect_id::postgresql, paramstyle::format) ==
      R"(SELECT "memo_note"."id", "memo_note"."title", "memo_note"."share%%", "memo_note"."body", "memo_note"."shelf_id" FROM "memo_note")");
  CHECK(
      sql_of("Note.objects.all()", dialect_id::postgresql) ==
      R"(SELECT "memo_note"."id", "memo_note"."title", "memo_note"."share%", "memo_note"."body", "memo_note"."shelf_id" FROM "memo_note")");
}

TEST_CASE("deferred columns, joined models and aliased tables keep their separators", "[render]") {
  CHECK(
      sql_of(R"(Note.objects.defer("title", "body"))", dialect_id::sqlite) ==
      R"(SELECT "memo_note"."id", "memo_note"."share%", "memo_note"."shelf_id" FROM "memo_note")");
  // The joined model's columns follow the first model's in the ready text as in the SELECT.
  CHECK(
      sql_of(R"(Note.objects.only("body", "shelf__label").select_related("shelf"))",
             dialect_id::sqlite) ==
      R"(SELECT "memo_note"."id", "memo_note"."body", "memo_note"."shelf_id", "memo_shelf"."id", "memo_shelf"."label" FROM "memo_note" INNER JOIN "memo_shelf" ON ("memo_note"."shelf_id" = "memo_shelf"."id"))");
  CHECK(
      sql_of(R"(Shelf.objects.select_related("parent"))", dialect_id::postgresql) ==
      R"(SELECT "memo_shelf"."id", "memo_shelf"."label", "memo_shelf"."parent_id", "T2"."id", "T2"."label", "T2"."parent_id" FROM "memo_shelf" LEFT OUTER JOIN "memo_shelf" "T2" ON ("memo_shelf"."parent_id" = "T2"."id"))");
  CHECK(
      sql_of(R"(Shelf.objects.values("label", "id").annotate(n=models.Count("note")))",
             dialect_id::postgresql) ==
      R"(SELECT "memo_shelf"."label", "memo_shelf"."id", COUNT("memo_note"."id") AS "n" FROM "memo_shelf" LEFT OUTER JOIN "memo_note" ON ("memo_shelf"."id" = "memo_note"."shelf_id") GROUP BY "memo_shelf"."label", "memo_shelf"."id")");
}
