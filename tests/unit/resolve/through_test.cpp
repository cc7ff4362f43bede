// SPDX-License-Identifier: MIT
// `Model.<m2m>.through.objects`: the through model of a relation as a queryset root, the one
// Django creates for an M2M without `through=` and a declared one, from text and from C++.
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/ddl.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/query.hpp"

using namespace sqlweave;

namespace {

constexpr const char* models_py = R"(from django.db import models


class Tag(models.Model):
    name = models.CharField(max_length=20)


class Person(models.Model):
    name = models.CharField(max_length=20)
    friends = models.ManyToManyField("self", symmetrical=False, related_name="fans")


class Book(models.Model):
    title = models.CharField(max_length=50)
    tags = models.ManyToManyField(Tag)
    readers = models.ManyToManyField(Person, through="Reading", related_name="books")


class Reading(models.Model):
    book = models.ForeignKey(Book, models.CASCADE)
    person = models.ForeignKey(Person, models.CASCADE)
    stars = models.IntegerField()
)";

const schema& library() {
  static const schema s = schema::from_models_source(models_py, {.app = "lib"});
  return s;
}

std::string sql_of(const std::string& text) {
  return compile(library(), parse_query(text), dialect_id::sqlite).statements.at(0).sql;
}

}  // namespace

TEST_CASE("an auto-created through model is a queryset root", "[resolve][through]") {
  CHECK(
      sql_of(R"(Book.tags.through.objects.filter(tag__name="x").values("book_id", "tag__name"))") ==
      R"(SELECT "lib_book_tags"."book_id", "lib_tag"."name" FROM "lib_book_tags" INNER JOIN )"
      R"("lib_tag" ON ("lib_book_tags"."tag_id" = "lib_tag"."id") WHERE "lib_tag"."name" = ?)");
  // The other side's accessor (`<model>_set` without related_name) names the same model.
  CHECK(sql_of("Tag.book_set.through.objects.all()") == sql_of("Book.tags.through.objects.all()"));
  CHECK(sql_of("Book.tags.through.objects.all()") ==
        R"(SELECT "lib_book_tags"."id", "lib_book_tags"."book_id", "lib_book_tags"."tag_id" FROM )"
        R"("lib_book_tags")");
  // A self relation's sides are from_<model> and to_<model>.
  CHECK(
      sql_of(R"(Person.fans.through.objects.filter(from_person__name="a").values("to_person"))") ==
      R"(SELECT "lib_person_friends"."to_person_id" FROM "lib_person_friends" INNER JOIN )"
      R"("lib_person" ON ("lib_person_friends"."from_person_id" = "lib_person"."id") WHERE )"
      R"("lib_person"."name" = ?)");
}

TEST_CASE("a declared through model is its own model", "[resolve][through]") {
  CHECK(sql_of("Book.readers.through.objects.filter(stars__gt=3)") ==
        sql_of("Reading.objects.filter(stars__gt=3)"));
  CHECK(sql_of("Person.books.through.objects.count()") == sql_of("Reading.objects.count()"));
}

TEST_CASE("the builder names a through model as the text does", "[resolve][through]") {
  const auto built = through_objects("Book", "tags").filter("tag__name", "x").values({"book_id"});
  CHECK(built.compile(library(), dialect_id::postgresql).statements.at(0).sql ==
        compile(library(),
                parse_query(R"(Book.tags.through.objects.filter(tag__name="x").values("book_id"))"),
                dialect_id::postgresql)
            .statements.at(0)
            .sql);
}

TEST_CASE("auto-created through models stay out of the declared models", "[resolve][through]") {
  CHECK(library().models().size() == 4);
  // The link table is created once, by the M2M field, not again as a model.
  int creates = 0;
  for (const auto& st : ddl(library(), dialect_id::sqlite))
    if (st.find(R"(CREATE TABLE "lib_book_tags")") != std::string::npos) ++creates;
  CHECK(creates == 1);
  // Deleting a book removes its link rows once.
  const auto del =
      compile(library(), parse_query("Book.objects.filter(id=1).delete()"), dialect_id::sqlite);
  int link_deletes = 0;
  for (const auto& st : del.statements)
    if (st.sql.find(R"(DELETE FROM "lib_book_tags")") != std::string::npos) ++link_deletes;
  CHECK(link_deletes == 1);
}

TEST_CASE("through names only many-to-many relations", "[resolve][through]") {
  try {
    (void)sql_of("Book.title.through.objects.all()");
    FAIL("title is not a many-to-many relation");
  } catch (const error& e) {
    CHECK(e.code() == error_code::unknown_field);
    CHECK(std::string(e.what()) ==
          "Book has no many-to-many relation 'title'; its relations: tags, readers");
  }
}
