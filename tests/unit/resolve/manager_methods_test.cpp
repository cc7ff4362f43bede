// SPDX-License-Identifier: MIT
// Manager and QuerySet methods in query text (`Book.objects.in_print()`, `.by_author("x")`),
// managers made by as_manager() and from_queryset(), and model class constants (`Book.LENT`).
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/schema_json.hpp"
#include "sqlweave/statement_cache.hpp"

using namespace sqlweave;

namespace {

constexpr const char* models_py = R"(from django.db import models


class LoanQuerySet(models.QuerySet):
    def overdue(self, days=30):
        return self.filter(days_out__gt=days)

    def by_reader(self, name, returned=False):
        qs = self.filter(reader__startswith=name)
        return qs.filter(returned=returned)

    def _mine(self):
        return self.filter(reader="me")

    def _shared(self):
        return self.filter(reader="us")

    _shared.queryset_only = False

    def newest(self):
        return self.order_by("-id")

    newest.queryset_only = True

    def readers(self):
        return [loan.reader for loan in self]

    def passing(self, *args, **kwargs):
        return self.filter(*args, **kwargs)

    def of_book(self, book):
        return self.filter(book_id=book.pk)


class BookManager(models.Manager):
    def in_print(self):
        return self.get_queryset().filter(in_print=True)

    def titled(self, title):
        return self.filter(title=title)

    def in_print_titled(self, title):
        return self.in_print().filter(title__startswith=title)

    def count_all(self):
        return self.count()


class CheapManager(models.Manager):
    def get_queryset(self):
        qs = super().get_queryset()
        return qs.filter(price__lt=10, in_print=True)

    def skipping_own(self):
        return super().get_queryset().filter(price=0)


class Book(models.Model):
    LENT = "lent"
    SIZES = (1, 2)

    class State(models.TextChoices):
        SHELVED = "shelved", "On the shelf"
        LOST = "lost", "Lost"

    title = models.CharField(max_length=50)
    state = models.CharField(max_length=10)
    size = models.IntegerField()
    price = models.IntegerField()
    in_print = models.BooleanField(default=True)

    objects = BookManager()
    cheap = CheapManager()


class Loan(models.Model):
    book = models.ForeignKey(Book, models.CASCADE, related_name="loans")
    reader = models.CharField(max_length=30)
    days_out = models.IntegerField()
    returned = models.BooleanField(default=False)

    objects = models.Manager()
    loans = LoanQuerySet.as_manager()
    desk = BookManager.from_queryset(LoanQuerySet)()
)";

const schema& lib() {
  static const schema s = schema::from_models_source(models_py, {.app = "lib"});
  return s;
}

statement one(std::string_view text) {
  return compile(lib(), parse_query(text), dialect_id::sqlite).statements.at(0);
}

std::string where_of(std::string_view text) {
  const auto sql = one(text).sql;
  const auto at = sql.find(" WHERE ");
  return at == std::string::npos ? std::string() : sql.substr(at + 7);
}

std::string error_of(std::string_view text) {
  try {
    (void)compile(lib(), parse_query(text), dialect_id::sqlite);
  } catch (const error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("a manager method is the chain its body returns", "[resolve][managers]") {
  CHECK(lib().warnings().empty());
  CHECK(where_of("Book.objects.in_print()") == R"("lib_book"."in_print")");
  CHECK(where_of(R"(Book.objects.in_print().filter(size=1))") ==
        R"(("lib_book"."in_print" AND "lib_book"."size" = ?))");
  CHECK(where_of(R"(Book.objects.titled("Emma"))") == R"("lib_book"."title" = ?)");
  CHECK(one(R"(Book.objects.titled("Emma"))").params.at(0) == value("Emma"));
  // A method calling another method of its manager.
  CHECK(where_of(R"(Book.objects.in_print_titled(title="Em"))") ==
        R"(("lib_book"."in_print" AND "lib_book"."title" GLOB ?))");
  CHECK(where_of(R"(Book.filter(id__in=Book.objects.titled("Emma").values("id")))")
            .find(R"("U0"."title" = ?)") != std::string::npos);
}

TEST_CASE("QuerySet methods through as_manager() and from_queryset()", "[resolve][managers]") {
  CHECK(where_of("Loan.loans.overdue()") == R"("lib_loan"."days_out" > ?)");
  CHECK(one("Loan.loans.overdue()").params.at(0) == value(std::int64_t{30}));
  CHECK(one("Loan.loans.overdue(7)").params.at(0) == value(std::int64_t{7}));
  CHECK(one("Loan.loans.overdue(days=9)").params.at(0) == value(std::int64_t{9}));
  CHECK(where_of(R"(Loan.loans.filter(days_out=1).by_reader("a", returned=True))") ==
        R"(("lib_loan"."days_out" = ? AND "lib_loan"."reader" GLOB ? AND "lib_loan"."returned"))");
  CHECK(where_of("Loan.loans._shared()") == R"("lib_loan"."reader" = ?)");
  CHECK(where_of("Loan.loans.all()._mine()") == R"("lib_loan"."reader" = ?)");
  CHECK(one("Loan.loans.all().newest()").sql.ends_with(R"(ORDER BY "lib_loan"."id" DESC)"));
  // from_queryset(): the manager's own methods first, then the QuerySet's after any step.
  CHECK(error_of(R"(Loan.desk.titled("x"))")
            .find("in Loan.desk.titled() (.filter(title=:title)): ") == 0);
  CHECK(where_of("Loan.desk.overdue(3).filter(returned=False)") ==
        R"(("lib_loan"."days_out" > ? AND NOT "lib_loan"."returned"))");
}

TEST_CASE("calls of methods are checked as Python checks them", "[resolve][managers][errors]") {
  CHECK(error_of("Book.objects.titled()") ==
        "Book.objects.titled() is missing its argument 'title'");
  CHECK(error_of(R"(Book.objects.titled("a", "b"))") ==
        "Book.objects.titled() takes 1 positional argument, got 2");
  CHECK(error_of(R"(Book.objects.titled(name="a"))") ==
        "Book.objects.titled() got an unexpected keyword argument 'name'");
  CHECK(error_of(R"(Book.objects.titled("a", title="b"))") ==
        "Book.objects.titled() got multiple values for argument 'title'");
  CHECK(error_of("Book.objects.in_prnt()") ==
        "unknown queryset method 'in_prnt'; did you mean 'in_print'?");
  CHECK(error_of("Book.objects.count().cuont()") ==
        "unknown queryset method 'cuont'; did you mean 'count'?");
  CHECK(error_of("Loan.objects.frobnicate()") == "unknown queryset method 'frobnicate'");
  try {
    (void)compile(lib(), parse_query("Loan.objects.filtr(reader='x')"), dialect_id::sqlite);
  } catch (const error& e) {
    CHECK(e.code() == error_code::syntax);
    CHECK(e.render("Loan.objects.filtr(reader='x')") ==
          "error[syntax]: unknown queryset method 'filtr'; did you mean 'filter'?\n"
          " --> line 1, column 14\n"
          "  | Loan.objects.filtr(reader='x')\n"
          "  |              ^^^^^");
  }
  CHECK(error_of("Book.objects.all().in_print()") ==
        "in_print() is a method of the manager Book.objects, not of its querysets; call it right "
        "after Book.objects");
  CHECK(error_of("Loan.loans._mine()").find("does not copy onto the manager") != std::string::npos);
  CHECK(error_of("Loan.loans.newest()").find("does not copy onto the manager") !=
        std::string::npos);
  CHECK(error_of("Loan.loans.readers()") ==
        "Loan.loans.readers() cannot be used: LoanQuerySet.readers() does not return a chain of "
        "queryset methods on self");
  CHECK(error_of("Loan.loans.passing(x=1)") ==
        "Loan.loans.passing() cannot be used: LoanQuerySet.passing() passes *arguments on, which "
        "sqlweave does not follow");
  CHECK(error_of("Book.objects.count_all()") ==
        "Book.objects.count_all() cannot be used: BookManager.count_all() returns count(), not a "
        "queryset");
  CHECK(error_of("Book.cheap.skipping_own()").find("starts from super().get_queryset()") !=
        std::string::npos);
  // A body that is no query text loads (the schema is usable); only a call of it is refused.
  CHECK(error_of("Loan.loans.of_book(1)") ==
        "Loan.loans.of_book() cannot be used: LoanQuerySet.of_book() returns "
        "'.filter(book_id=:book.pk)', which sqlweave does not read as query text: expected '(', "
        "found ')'");
  CHECK(where_of("Loan.loans.overdue()") == "\"lib_loan\".\"days_out\" > ?");
}

TEST_CASE("a class's own filter() is refused, not silently replaced", "[resolve][managers]") {
  const schema s = schema::from_models_source(R"(from django.db import models


class Picky(models.QuerySet):
    def filter(self, *args, **kwargs):
        return super().filter(*args, **kwargs)

    def mine(self):
        return self.filter(n=1)


class Thing(models.Model):
    n = models.IntegerField()
    objects = models.Manager()
    picky = Picky.as_manager()
)",
                                              {.app = "lib"});
  auto error_in = [&](std::string_view text) {
    try {
      (void)compile(s, parse_query(text), dialect_id::sqlite);
    } catch (const error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const std::string refused =
      "filter() of Thing.picky is the schema's own method, overriding Django's; sqlweave does not "
      "follow overrides of queryset methods";
  CHECK(error_in("Thing.picky.filter(n=2)") == refused);
  CHECK(error_in("Thing.picky.all().filter(n=2)") == refused);
  CHECK(error_in("Thing.picky.mine()") == "in Thing.picky.mine() (.filter(n=1)): " + refused);
  CHECK(error_in("Thing.objects.filter(n=2)") == "no error");
}

TEST_CASE("get_queryset() may name its queryset before filtering it", "[resolve][managers]") {
  CHECK(where_of("Book.cheap.all()") == R"(("lib_book"."price" < ? AND "lib_book"."in_print"))");
}

TEST_CASE("methods are part of the shape, their arguments values", "[resolve][managers][cache]") {
  CHECK(ast::shape_of(parse_query("Book.objects.in_print()")) !=
        ast::shape_of(parse_query("Book.objects.in_prnt()")));
  statement_cache cache(lib(), 8);
  const auto a = cache.compile(parse_query(R"(Book.objects.titled("a"))"), dialect_id::sqlite);
  const auto b = cache.compile(parse_query(R"(Book.objects.titled("b"))"), dialect_id::sqlite);
  CHECK(a.statements.at(0).sql == b.statements.at(0).sql);
  CHECK(b.statements.at(0).params.at(0) == value("b"));
}

TEST_CASE("model class constants are values in query text", "[resolve][constants]") {
  CHECK(where_of("Book.objects.filter(state=Book.LENT)") == R"("lib_book"."state" = ?)");
  CHECK(one("Book.objects.filter(state=Book.LENT)").params.at(0) == value("lent"));
  CHECK(one("Book.objects.filter(state=Book.State.LOST)").params.at(0) == value("lost"));
  CHECK(where_of("Book.objects.filter(size__in=Book.SIZES)") == R"("lib_book"."size" IN (?, ?))");
  CHECK(one("Loan.objects.filter(Q(book__state=Book.State.SHELVED))").params.at(0) ==
        value("shelved"));
  CHECK(error_of("Book.objects.filter(state=Book.State.LOSTT)") ==
        "unknown constant 'State.LOSTT' on Book; did you mean 'State.LOST'?");
  CHECK(error_of("Book.objects.filter(state=Book.GONE)").find("unknown manager 'GONE'") == 0);
}

TEST_CASE("methods and constants survive the schema JSON", "[resolve][managers][json]") {
  const schema back = schema_from_json(to_json(lib()), "lib.json");
  for (const char* q :
       {"Book.objects.in_print_titled('a')", "Loan.loans.by_reader('x')",
        "Loan.desk.overdue().filter(returned=False)", "Book.objects.filter(state=Book.State.LOST)"})
    CHECK(compile(back, parse_query(q), dialect_id::sqlite).statements.at(0).sql == one(q).sql);
  CHECK_THROWS(compile(back, parse_query("Loan.loans.readers()"), dialect_id::sqlite));
}
