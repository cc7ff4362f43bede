// SPDX-License-Identifier: MIT
// GenericRelation (django.contrib.contenttypes.fields): read from models.py as a relation of its
// model, written to and read from the schema JSON, refused where Django's checks refuse it, and
// copied to multi-table children without its reverse name.
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/schema_json.hpp"

using namespace sqlweave;

namespace {

constexpr const char* head =
    R"(from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models


class Tag(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveIntegerField()
    item = GenericForeignKey()
    name = models.CharField(max_length=20)
)";

schema load(const std::string& body) {
  return schema::from_models_source(std::string(head) + body, {.app = "shelf"});
}

std::string sql_of(const schema& s, const char* query) {
  return compile(s, parse_query(query), dialect_id::sqlite).statements.at(0).sql;
}

}  // namespace

TEST_CASE("a GenericRelation is a relation of its model, not a column", "[schema][generic]") {
  const schema s = load(R"(

class Book(models.Model):
    title = models.CharField(max_length=40)
    tags = GenericRelation(Tag, related_query_name="book")
)");
  const model& book = s.at(s.find_model("Book"));
  REQUIRE(book.generic_relations.size() == 1);
  CHECK(book.generic_relations[0].name == "tags");
  CHECK(book.generic_relations[0].target == "shelf.Tag");
  CHECK(book.generic_relations[0].related_query_name == "book");
  CHECK(book.fields.size() == 2);  // id, title
  const std::string forward = sql_of(s, R"(Book.objects.filter(tags__name="x"))");
  CHECK(
      forward.find(
          R"(INNER JOIN "shelf_tag" ON ("shelf_book"."id" = "shelf_tag"."object_id" AND ("shelf_tag"."content_type_id" = (SELECT "U0"."id" FROM "django_content_type" "U0" WHERE ("U0"."app_label" = ? AND "U0"."model" = ?)))))") !=
      std::string::npos);
  const auto back =
      compile(s, parse_query(R"(Tag.objects.filter(book__title="x"))"), dialect_id::postgresql);
  CHECK(
      back.statements.at(0).sql.find(
          R"(INNER JOIN "shelf_book" ON ("shelf_tag"."object_id" = "shelf_book"."id" AND ("shelf_tag"."content_type_id" = (SELECT)") !=
      std::string::npos);
  REQUIRE(back.statements.at(0).params.size() == 3);
  CHECK(back.statements.at(0).params[0] == value("shelf"));
  CHECK(back.statements.at(0).params[1] == value("book"));
  // Counting goes through a LEFT OUTER join, as Django's annotate(Count("tags")).
  CHECK(sql_of(s, R"(Book.objects.annotate(n=Count("tags")))")
            .find("LEFT OUTER JOIN \"shelf_tag\"") != std::string::npos);
}

TEST_CASE("GenericRelation's arguments name the fields and the reverse lookup",
          "[schema][generic]") {
  const schema s = load(R"(

class Note(models.Model):
    kind = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    ref = models.CharField(max_length=40)
    about = GenericForeignKey("kind", "ref")


class Shelf(models.Model):
    notes = GenericRelation(Note, content_type_field="kind", object_id_field="ref")
    tags = GenericRelation("Tag", related_query_name="%(class)s_of")
)");
  CHECK(sql_of(s, R"(Shelf.objects.filter(notes__ref="1"))")
            .find(R"("shelf_shelf"."id" = "shelf_note"."ref" AND ("shelf_note"."kind_id" = )") !=
        std::string::npos);
  CHECK_NOTHROW(sql_of(s, R"(Tag.objects.filter(shelf_of__id=1))"));
  // No related_query_name: no way back, as Django's GenericRel '+'.
  CHECK_THROWS_WITH(sql_of(s, R"(Note.objects.filter(shelf__id=1))"),
                    Catch::Contains("unknown field 'shelf' on Note"));
}

TEST_CASE("a GenericRelation Django refuses is an error naming it", "[schema][generic]") {
  CHECK_THROWS_WITH(load(R"(

class Book(models.Model):
    tags = GenericRelation(Tag, object_id_field="obj")
)"),
                    Catch::Contains("GenericRelation shelf.Book.tags defines a relation with the "
                                    "model 'shelf.Tag', which has no field 'obj'"));
  CHECK_THROWS_WITH(load(R"(

class Book(models.Model):
    tags = GenericRelation(Tag, content_type_field="name")
)"),
                    Catch::Contains("shelf.Tag.name must be a ForeignKey to "
                                    "contenttypes.ContentType"));
  CHECK_THROWS_WITH(load(R"(

class Book(models.Model):
    tags = GenericRelation(Tag, symmetrical=True)
)"),
                    Catch::Contains("GenericRelation(symmetrical=) is not read"));
}

TEST_CASE("a multi-table child has its own copy of its parent's GenericRelation",
          "[schema][generic]") {
  const schema s = load(R"(

class Book(models.Model):
    tags = GenericRelation(Tag, related_query_name="book")


class Atlas(Book):
    scale = models.IntegerField()
)");
  const model& atlas = s.at(s.find_model("Atlas"));
  REQUIRE(atlas.generic_relations.size() == 1);
  CHECK(atlas.generic_relations[0].related_query_name.empty());  // Django's mti_inherited
  // The child's join starts at its own table and names its own content type.
  const auto c =
      compile(s, parse_query(R"(Atlas.objects.filter(tags__name="x"))"), dialect_id::sqlite);
  CHECK(c.statements.at(0).sql.find(R"("shelf_atlas"."book_ptr_id" = "shelf_tag"."object_id")") !=
        std::string::npos);
  CHECK(c.statements.at(0).params.at(1) == value("atlas"));
}

TEST_CASE("GenericRelations survive the schema JSON", "[schema][generic][schema_json]") {
  const schema s = load(R"(

class Book(models.Model):
    tags = GenericRelation(Tag, related_query_name="book", for_concrete_model=False)
)");
  const std::string text = to_json(s);
  CHECK(text.find(R"("generic_relations")") != std::string::npos);
  const schema again = schema_from_json(text, "s.json");
  CHECK(to_json(again) == text);
  const char* q = R"(Tag.objects.filter(book__id=1))";
  CHECK(sql_of(again, q) == sql_of(s, q));
}

TEST_CASE("a ContentType without its natural key is refused at load", "[schema][generic]") {
  const schema s = load(R"(

class Book(models.Model):
    tags = GenericRelation(Tag)
)");
  std::string text = to_json(s);
  const std::string key = R"("name": "app_label")";
  const auto at = text.find(key);
  REQUIRE(at != std::string::npos);
  text.replace(at, key.size(), R"("name": "label")");
  CHECK_THROWS_WITH(schema_from_json(text, "s.json"),
                    Catch::Contains("contenttypes.ContentType has no field 'app_label'"));
}
