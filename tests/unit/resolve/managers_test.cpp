// SPDX-License-Identifier: MIT
// Managers: `Model.<manager>` starts from the manager's get_queryset() chain, a bare `Model` from
// the default manager, and the manager is part of the query's shape.
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/query.hpp"
#include "sqlweave/statement_cache.hpp"

using namespace sqlweave;

namespace {

constexpr const char* models_py = R"(from django.db import models


class PublishedManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(published=True).exclude(pages=0)


class LongManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(pages__gt=300)


class Shelf(models.Model):
    label = models.CharField(max_length=20)


class Book(models.Model):
    title = models.CharField(max_length=50)
    pages = models.IntegerField()
    published = models.BooleanField(default=False)
    shelf = models.ForeignKey(Shelf, models.CASCADE, related_name="books")

    published_books = PublishedManager()
    objects = models.Manager()
    long_ones = LongManager()


class Novel(Book):
    objects = PublishedManager()

    class Meta:
        proxy = True


class Essay(models.Model):
    title = models.CharField(max_length=50)
    pages = models.IntegerField()
    everything = models.Manager()
    long_ones = LongManager()

    class Meta:
        default_manager_name = "long_ones"
)";

const schema& library() {
  static const schema s = schema::from_models_source(models_py, {.app = "lib"});
  return s;
}

std::string where_of(std::string_view text) {
  const auto sql = compile(library(), parse_query(text), dialect_id::sqlite).statements.at(0).sql;
  const auto at = sql.find(" WHERE ");
  return at == std::string::npos ? std::string() : sql.substr(at + 7);
}

}  // namespace

TEST_CASE("a manager's chain comes before the query's own steps", "[resolve][managers]") {
  CHECK(where_of(R"(Book.published_books.filter(title="x"))") ==
        R"(("lib_book"."published" AND NOT ("lib_book"."pages" = ?) AND "lib_book"."title" = ?))");
  CHECK(where_of(R"(Book.objects.filter(title="x"))") == R"("lib_book"."title" = ?)");
  CHECK(where_of(R"(Book.long_ones.exclude(title="x"))") ==
        R"(("lib_book"."pages" > ? AND NOT ("lib_book"."title" = ?)))");
}

TEST_CASE("a bare model is its default manager, the first declared", "[resolve][managers]") {
  CHECK(where_of(R"(Book.filter(title="x"))") ==
        where_of(R"(Book.published_books.filter(title="x"))"));
  CHECK(where_of("Book.count()") == R"(("lib_book"."published" AND NOT ("lib_book"."pages" = ?)))");
  // Meta.default_manager_name picks another one.
  CHECK(where_of("Essay.all()") == R"("lib_essay"."pages" > ?)");
  CHECK(where_of("Essay.everything.all()").empty());
  CHECK(where_of("Essay._default_manager.all()") == R"("lib_essay"."pages" > ?)");
  // A proxy's own objects hides its parent's; the parent's other managers stay.
  CHECK(where_of("Novel.objects.all()") == where_of("Book.published_books.all()"));
  CHECK(where_of("Novel.long_ones.all()") == R"("lib_book"."pages" > ?)");
  // The builder: objects() is the default manager, through_manager() names one.
  const auto built = through_manager("Book", "long_ones").filter("title", "x");
  CHECK(built.compile(library(), dialect_id::sqlite).statements.at(0).sql ==
        compile(library(), parse_query(R"(Book.long_ones.filter(title="x"))"), dialect_id::sqlite)
            .statements.at(0)
            .sql);
}

TEST_CASE("a manager's filter applies inside subqueries and writes", "[resolve][managers]") {
  const auto sql =
      compile(library(),
              parse_query(R"(Shelf.objects.filter(id__in=Book.long_ones.values("shelf")))"),
              dialect_id::sqlite)
          .statements.at(0)
          .sql;
  CHECK(sql.find(R"(WHERE "U0"."pages" > ?)") != std::string::npos);
  const auto update =
      compile(library(), parse_query(R"(Book.long_ones.update(title="x"))"), dialect_id::sqlite);
  CHECK(update.statements.at(0).sql ==
        R"(UPDATE "lib_book" SET "title" = ? WHERE "lib_book"."pages" > ?)");
  const auto exists = compile(
      library(),
      parse_query(
          R"(Shelf.objects.filter(Exists(Book.published_books.filter(shelf=OuterRef("pk")))))"),
      dialect_id::sqlite);
  CHECK(exists.statements.at(0).sql.find(R"("U0"."published")") != std::string::npos);
}

TEST_CASE("a model without declared managers has Django's objects only", "[resolve][managers]") {
  CHECK(where_of(R"(Shelf.objects.filter(label="a"))") == R"("lib_shelf"."label" = ?)");
  try {
    (void)compile(library(), parse_query("Essay.objects.all()"), dialect_id::sqlite);
    FAIL("Essay declares managers, so it has no objects");
  } catch (const error& e) {
    CHECK(e.code() == error_code::unknown_field);
    CHECK(std::string(e.what()) ==
          "unknown manager 'objects' on Essay; its managers: long_ones, everything");
    CHECK(e.span().offset == 6);
    CHECK(e.span().length == 7);
  }
  CHECK_THROWS_AS(compile(library(), parse_query("Shelf.special.all()"), dialect_id::sqlite),
                  error);
}

TEST_CASE("the manager is part of the query's shape", "[resolve][managers][cache]") {
  const auto a = parse_query(R"(Book.objects.filter(title="x"))");
  const auto b = parse_query(R"(Book.long_ones.filter(title="x"))");
  const auto c = parse_query(R"(Book.filter(title="x"))");
  CHECK(ast::shape_of(a) != ast::shape_of(b));
  CHECK(ast::shape_of(a) != ast::shape_of(c));
  CHECK(b.manager == "long_ones");
  CHECK(c.manager.empty());
  statement_cache cache(library(), 8);
  const auto first = cache.compile(a, dialect_id::sqlite);
  const auto second = cache.compile(b, dialect_id::sqlite);
  CHECK(first.statements.at(0).sql != second.statements.at(0).sql);
  CHECK(second.statements.at(0).sql.find(R"("lib_book"."pages" > ?)") != std::string::npos);
}

TEST_CASE("a manager whose get_queryset() is not a chain is refused when used",
          "[resolve][managers]") {
  const schema s = schema::from_models_source(R"(from django.db import models


class Odd(models.Manager):
    def get_queryset(self):
        if self.model:
            return super().get_queryset()
        return super().get_queryset().filter(n=1)


class Thing(models.Model):
    n = models.IntegerField()
    objects = models.Manager()
    odd = Odd()
)",
                                              {.app = "lib"});
  REQUIRE(s.warnings().size() == 1);
  CHECK(s.warnings().front().find("Odd.get_queryset() is not a filter/exclude chain") !=
        std::string::npos);
  CHECK_NOTHROW(compile(s, parse_query("Thing.objects.all()"), dialect_id::sqlite));
  try {
    (void)compile(s, parse_query("Thing.odd.all()"), dialect_id::sqlite);
    FAIL("odd cannot be read");
  } catch (const error& e) {
    CHECK(e.code() == error_code::bad_schema);
    CHECK(std::string(e.what()).find("the manager Thing.odd cannot be used") == 0);
  }
}

TEST_CASE("prefetch_related() of a reverse FK reads the target's default manager",
          "[resolve][managers][prefetch]") {
  // Django's related manager is built on the default manager's class (published_books here).
  const auto c = compile(library(), parse_query(R"(Shelf.objects.prefetch_related("books"))"),
                         dialect_id::sqlite);
  const auto batches = c.prefetches.at(0).statements({value(1), value(2)});
  CHECK(
      batches.at(0).sql ==
      R"(SELECT "lib_book"."id", "lib_book"."title", "lib_book"."pages", "lib_book"."published", "lib_book"."shelf_id" FROM "lib_book" WHERE ("lib_book"."published" AND NOT ("lib_book"."pages" = ?) AND "lib_book"."shelf_id" IN (?, ?)))");
  // A Prefetch() queryset names its own manager.
  const auto own = compile(
      library(),
      parse_query(
          R"(Shelf.objects.prefetch_related(Prefetch("books", queryset=Book.objects.all())))"),
      dialect_id::sqlite);
  CHECK(own.prefetches.at(0)
            .statements({value(1)})
            .at(0)
            .sql.find(R"(WHERE "lib_book"."shelf_id" IN (?))") != std::string::npos);
}
