// SPDX-License-Identifier: MIT
// Meta.ordering as Django applies it by default: field names, '?', 'pk', related paths, a
// relation (its model's ordering), and expressions (F().asc(nulls_last=True), Lower(),
// OrderBy()); an expression sqlweave cannot write refuses only the querysets applying it.
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/schema_json.hpp"

using namespace sqlweave;

namespace {

constexpr const char* models_py = R"py(from django.db import models
from django.db.models import F, OrderBy
from django.db.models.functions import Lower


class Caps(models.Func):
    template = "UPPER(%(expressions)s)"


class Author(models.Model):
    name = models.CharField(max_length=40)
    rank = models.IntegerField(null=True)

    class Meta:
        ordering = [F("rank").asc(nulls_last=True), Lower("name")]


class Tag(models.Model):
    label = models.CharField(max_length=20)

    class Meta:
        ordering = (OrderBy(F("label"), descending=True, nulls_first=True),)


class Shelf(models.Model):
    code = models.CharField(max_length=10)

    class Meta:
        ordering = ["-pk"]


class Book(models.Model):
    title = models.CharField(max_length=40)
    author = models.ForeignKey(Author, models.CASCADE)
    shelf = models.ForeignKey(Shelf, models.CASCADE)

    class Meta:
        ordering = ["shelf", "-author__name", "?"]


class Odd(models.Model):
    code = models.CharField(max_length=10)

    class Meta:
        ordering = ("code", Caps("code"))
)py";

const schema& lib() {
  static const schema s = schema::from_models_source(models_py, {.app = "lib"});
  return s;
}

std::string order_of(const schema& s, std::string_view text) {
  const auto sql = compile(s, parse_query(text), dialect_id::postgresql).statements.at(0).sql;
  const auto at = sql.find(" ORDER BY ");
  return at == std::string::npos ? std::string() : sql.substr(at + 10);
}

std::string error_of(std::string_view text) {
  try {
    (void)compile(lib(), parse_query(text), dialect_id::postgresql);
  } catch (const error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("Meta.ordering expressions are read as query text and applied by default",
          "[resolve][ordering][models]") {
  const model& author = lib().at(lib().find_model("Author"));
  CHECK(author.ordering ==
        std::vector<std::string>{"F(\"rank\").asc(nulls_last=True)", "Lower(\"name\")"});
  CHECK(order_of(lib(), "Author.objects.all()") ==
        "\"lib_author\".\"rank\" ASC NULLS LAST, LOWER(\"lib_author\".\"name\") ASC");
  CHECK(order_of(lib(), "Author.objects.reverse()") ==
        "\"lib_author\".\"rank\" DESC NULLS FIRST, LOWER(\"lib_author\".\"name\") DESC");
  CHECK(order_of(lib(), "Author.objects.order_by('name')") == "\"lib_author\".\"name\" ASC");
  CHECK(lib().at(lib().find_model("Tag")).ordering ==
        std::vector<std::string>{"F(\"label\").desc(nulls_first=True)"});
  CHECK(order_of(lib(), "Tag.objects.all()") == "\"lib_tag\".\"label\" DESC NULLS FIRST");
}

TEST_CASE("Meta.ordering names: a relation, a related path, 'pk' and '?'",
          "[resolve][ordering][models]") {
  CHECK(order_of(lib(), "Shelf.objects.all()") == "\"lib_shelf\".\"id\" DESC");
  const std::string book = order_of(lib(), "Book.objects.all()");
  CHECK(book.starts_with("\"lib_book\".\"shelf_id\" DESC, \"lib_author\".\"name\" DESC, "));
  CHECK(book.ends_with(", RANDOM()"));
  CHECK(error_of("Book.objects.order_by('author')") ==
        "ordering by 'author' applies the Meta.ordering of Author, whose expression "
        "F(\"rank\").asc(nulls_last=True) sqlweave does not apply through a relation; order by "
        "its fields ('author__<field>')");
}

TEST_CASE("a Meta.ordering expression sqlweave cannot write refuses only what applies it",
          "[resolve][ordering][models][errors]") {
  const auto& w = lib().warnings();
  INFO(w.front());
  REQUIRE(w.size() == 1);
  CHECK(w[0].find("an item of Meta.ordering is not a class of django.db.models (Caps:") !=
        std::string::npos);
  CHECK(error_of("Odd.objects.all()")
            .starts_with("the default ordering of Odd cannot be applied: an item of Meta.ordering "
                         "is not a class of "
                         "django.db.models (Caps:"));
  CHECK(error_of("Odd.objects.first()").starts_with("the default ordering of Odd"));
  CHECK(order_of(lib(), "Odd.objects.order_by('code')") == "\"lib_odd\".\"code\" ASC");
  CHECK(order_of(lib(), "Odd.objects.filter(code='x').count()").empty());
}

TEST_CASE("Meta.ordering expressions survive the schema JSON", "[resolve][ordering][json]") {
  const schema back = schema_from_json(to_json(lib()), "lib.json");
  for (const char* q : {"Author.objects.all()", "Tag.objects.reverse()", "Book.objects.all()"})
    CHECK(order_of(back, q) == order_of(lib(), q));
  CHECK_THROWS_WITH(compile(back, parse_query("Odd.objects.all()"), dialect_id::postgresql),
                    Catch::StartsWith("the default ordering of Odd cannot be applied"));
}
