// SPDX-License-Identifier: MIT
// Writes for which Django 3.2 runs no statement (an empty result set, nothing to write) compile
// to a plan of none, which connection::run() answers without touching the database; and the
// rows affected are the count Django returns (query.py update(), deletion.py Collector.delete()).
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/ddl.hpp"
#include "sqlweave/exec.hpp"
#include "sqlweave/parse.hpp"

using namespace sqlweave;

namespace {

constexpr const char* models_py = R"(from django.db import models


class Place(models.Model):
    name = models.CharField(max_length=20)
    rank = models.IntegerField(default=0)


class Shop(Place):
    opens = models.IntegerField(null=True)


class ShopView(Shop):
    class Meta:
        proxy = True


class Label(models.Model):
    text = models.CharField(max_length=20)


class LabelView(Label):
    class Meta:
        proxy = True


class Visit(models.Model):
    place = models.ForeignKey(Place, models.SET_NULL, null=True)
    labels = models.ManyToManyField(Label)
)";

const schema& models() {
  static const schema s = schema::from_models_source(models_py, {.app = "t"});
  return s;
}

compiled_query compiled(std::string_view text, dialect_id d = dialect_id::sqlite) {
  return compile(models(), parse_query(text), d);
}

std::unique_ptr<connection> filled() {
  auto db = open_sqlite(":memory:");
  for (const auto& st : ddl(models(), dialect_id::sqlite)) db->execute_script(st);
  db->execute_script(R"(
    INSERT INTO "t_place" VALUES (1, 'a', 1), (2, 'b', 2), (3, 'c', 3);
    INSERT INTO "t_shop" VALUES (2, 9), (3, 10);
    INSERT INTO "t_label" VALUES (1, 'x'), (2, 'y');
    INSERT INTO "t_visit" VALUES (1, 1), (2, 2), (3, 3);
    INSERT INTO "t_visit_labels" VALUES (1, 1, 1), (2, 1, 2), (3, 2, 1);)");
  return db;
}

}  // namespace

TEST_CASE("writes Django runs as no query compile to no statement", "[writes][runs_nothing]") {
  for (const char* text : {
           R"(Place.objects.none().update(rank=1))",
           R"(Place.objects.filter(pk__in=[]).update(rank=1))",
           R"(Shop.objects.filter(rank=2, id__in=[]).update(rank=1, opens=2))",
           R"(Place.objects.filter(Q(id__in=[]) | Q(name__in=[])).delete())",
           R"(Place.objects.filter(rank=1).update())",
           R"(Place.objects.none().delete())",
           R"(Shop.objects.filter(pk__in=[]).delete())",
           R"(Label.objects.bulk_create([]))",
           R"(LabelView.objects.bulk_create([]))",
           R"(Place.objects.bulk_update([], ["rank"]))",
           R"(Place.objects.aggregate())",
       }) {
    INFO(text);
    for (const auto d : all_dialects) {
      const auto c = compiled(text, d);
      CHECK(c.runs_nothing());
      CHECK(c.is_write == (std::string(text).find("aggregate") == std::string::npos));
    }
  }
  // Only a part of an OR, or a negated empty list, leaves rows to write.
  CHECK_FALSE(
      compiled(R"(Place.objects.filter(Q(id__in=[]) | Q(rank=1)).delete())").runs_nothing());
  CHECK_FALSE(compiled(R"(Place.objects.exclude(id__in=[]).update(rank=1))").runs_nothing());
}

TEST_CASE("what runs nothing is checked as Django checks it first", "[writes][runs_nothing]") {
  CHECK_THROWS_AS(compiled(R"(Place.objects.bulk_update([], ["rnak"]))"), error);
  CHECK_THROWS_AS(compiled(R"(Place.objects.bulk_update([], []))"), error);
  CHECK_THROWS_AS(compiled(R"(Place.objects.none().update(rnak=1))"), error);
  CHECK_THROWS_AS(compiled(R"(Place.objects.all()[:1].update())"), error);
  CHECK_THROWS_AS(compiled(R"(Label.objects.bulk_create([], batch_size=0))"), error);
  // Django's "Can't bulk create a multi-table inherited model", before it looks at the list;
  // a proxy of such a model is one too.
  for (const char* text : {R"(Shop.objects.bulk_create([]))", R"(ShopView.objects.bulk_create([]))",
                           R"(Shop.objects.bulk_create([Shop(name="n", opens=1)]))"}) {
    INFO(text);
    try {
      (void)compiled(text);
      FAIL("a multi-table child has rows in two tables");
    } catch (const error& e) {
      CHECK(e.code() == error_code::bad_argument);
      CHECK(std::string(e.what()).find("multi-table inherited") != std::string::npos);
    }
  }
}

TEST_CASE("a plan of no statement sends nothing, not even BEGIN", "[sqlite][runs_nothing]") {
  auto db = open_sqlite(":memory:");  // no table: any statement would fail
  db->execute_script("BEGIN");        // a BEGIN from run() would fail inside it
  const auto update = db->run(compiled(R"(Place.objects.none().update(rank=1))"));
  CHECK(update.is_write);
  CHECK(update.rows_affected == 0);
  const auto aggregate = db->run(compiled(R"(Place.objects.aggregate())"));
  CHECK_FALSE(aggregate.is_write);
  CHECK(aggregate.rows.columns.empty());
  REQUIRE(aggregate.rows.rows.size() == 1);  // Django's {}
  CHECK(aggregate.rows.rows[0].empty());
  db->execute_script("ROLLBACK");
}

TEST_CASE("rows affected are the count Django returns", "[sqlite][writes][counts]") {
  auto db = filled();
  auto affected = [&](const char* text) { return db->run(compiled(text)).rows_affected; };
  // update() of a child and its parent: the first UPDATE's rows, not both tables'.
  CHECK(affected(R"(Shop.objects.filter(opens__gte=9).update(opens=1, rank=5))") == 2);
  // Only the parent's field: its UPDATE is the first.
  CHECK(affected(R"(Shop.objects.filter(opens=1).update(rank=6))") == 2);
  // delete(): the rows deleted (the places and, through the parent link, their shops) and the
  // M2M link rows; the SET_NULL update of the visits is not counted.
  CHECK(affected(R"(Place.objects.filter(rank=6).delete())") == 2 + 2);
  CHECK(affected(R"(Label.objects.filter(text="x").delete())") == 2 + 1);
}
