// SPDX-License-Identifier: MIT
// The queryset grammar: what it accepts, the nodes it builds, and its errors with carets.
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/query.hpp"
#include "support/shop_schema.hpp"

using namespace sqlweave;

namespace {

std::string rendered_error(const std::string& text) {
  try {
    parse_query(text);
  } catch (const error& e) {
    return e.render(text);
  }
  return "no error";
}

error_code code_of(const std::string& text) {
  try {
    parse_query(text);
  } catch (const error& e) {
    return e.code();
  }
  FAIL("expected an error for " << text);
  return error_code::syntax;
}

std::string sql(const std::string& text, dialect_id d = dialect_id::postgresql) {
  static const schema s = testing::shop_schema();
  return compile(s, parse_query(text), d).statements.at(0).sql;
}

}  // namespace

TEST_CASE("a queryset chain becomes steps", "[grammar]") {
  const auto q = parse_query(
      R"(Product.objects.filter(name__startswith="Wid", stock__gt=2).exclude(active=False)
      .order_by("-price", "id")[5:15])");
  CHECK(q.model == "Product");
  CHECK(q.model_span.offset == 0);
  CHECK(q.model_span.length == 7);
  REQUIRE(q.steps.size() == 4);
  CHECK(q.steps[0].kind == ast::step_kind::filter);
  REQUIRE(q.steps[0].args.size() == 2);
  CHECK(q.steps[0].args[0]->kind == ast::node_kind::lookup);
  CHECK(q.steps[0].args[0]->name == "name__startswith");
  CHECK(q.steps[0].args[0]->span.offset == 23);
  CHECK(q.steps[0].args[0]->span.length == 16);
  CHECK(q.steps[0].args[0]->args[0]->val == value("Wid"));
  CHECK(q.steps[2].kind == ast::step_kind::order_by);
  CHECK(q.steps[3].kind == ast::step_kind::slice);
  CHECK(q.steps[3].start == 5);
  CHECK(q.steps[3].stop == 15);
}

TEST_CASE("the bare model name works without .objects", "[grammar]") {
  CHECK(parse_query("Tag.all()").model == "Tag");
  CHECK(parse_query("Tag").steps.empty());
}

TEST_CASE("literals of every kind", "[grammar]") {
  auto rhs = [](const std::string& literal) {
    return parse_query("Tag.objects.filter(x=" + literal + ")").steps[0].args[0]->args[0];
  };
  CHECK(rhs("42")->val == value(42));
  CHECK(rhs("-7")->val == value(-7));
  CHECK(rhs("2.5")->val == value(2.5));
  CHECK(rhs(".5")->val == value(0.5));
  CHECK(rhs("1e3")->val == value(1000.0));
  CHECK(rhs("True")->val == value(true));
  CHECK(rhs("False")->val == value(false));
  CHECK(rhs("None")->val.is_null());
  CHECK(rhs(R"("it's")")->val == value("it's"));
  CHECK(rhs(R"('say "hi"')")->val == value("say \"hi\""));
  CHECK(rhs(R"("a\tb\n\\ \x41\u00e9\U0001F600")")->val ==
        value("a\tb\n\\ A\xC3\xA9\xF0\x9F\x98\x80"));
  CHECK(rhs(R"(r"^\d+$")")->val == value("^\\d+$"));
  CHECK(rhs(R"("abc" 'def')")->val == value("abcdef"));
  CHECK(rhs(R"("""triple "quoted" text""")")->val == value("triple \"quoted\" text"));
  CHECK(rhs("date(2020, 2, 29)")->val == value(date{2020, 2, 29}));
  CHECK(rhs("datetime(2020, 1, 2, 3, 4, 5, 6)")->val == value(datetime{{2020, 1, 2}, 3, 4, 5, 6}));
  CHECK(rhs("datetime.date(2021, 1, 1)")->val == value(date{2021, 1, 1}));
  CHECK(rhs(R"(Decimal("12.50"))")->val == value(decimal{"12.50"}));
  CHECK(rhs("[1, 2, 3,]")->kind == ast::node_kind::list);
  CHECK(rhs("(1,)")->args.size() == 1);
  CHECK(rhs("()")->args.empty());
  CHECK(rhs("(1)")->val == value(1));
  CHECK(rhs(":prefix")->kind == ast::node_kind::param);
}

TEST_CASE("operators follow Python's precedence", "[grammar]") {
  CHECK(
      sql(R"(Product.objects.filter(stock__gt=F("id") + F("stock") * 2 - 1))")
          .find(
              R"(WHERE "shop_product"."stock" > (("shop_product"."id" + ("shop_product"."stock" * $1)) - $2))") !=
      std::string::npos);
  CHECK(
      sql(R"(Product.objects.filter(~Q(stock=1) | Q(stock=2) & Q(stock=3)))")
          .find(
              R"(WHERE (NOT ("shop_product"."stock" = $1) OR ("shop_product"."stock" = $2 AND "shop_product"."stock" = $3)))") !=
      std::string::npos);
  CHECK(sql(R"(Product.objects.filter(stock=-F("id") ** 2))")
            .find(R"((-POWER("shop_product"."id", $1)))") != std::string::npos);
}

TEST_CASE("calls, keyword arguments and nested querysets", "[grammar]") {
  const auto q = parse_query(R"(Customer.objects.annotate(
        n=models.Count("orders", distinct=True, filter=Q(orders__status="paid")),
        last=Subquery(Order.objects.filter(customer=OuterRef("pk")).order_by("-placed").values("total")[:1]),
        c=Cast("credit", output_field=models.IntegerField()),
      ).filter(Exists(Review.objects.filter(author=OuterRef(OuterRef("pk"))))))");
  const auto& kw = q.steps[0].kwargs;
  REQUIRE(kw.size() == 3);
  CHECK(kw[0].value->name == "Count");
  CHECK(kw[0].value->kwargs.size() == 2);
  CHECK(kw[1].value->args[0]->kind == ast::node_kind::subquery);
  CHECK(kw[1].value->args[0]->sub->steps.back().kind == ast::step_kind::slice);
  CHECK(kw[2].value->kwargs[0].value->name == "IntegerField");
  const auto& exists = q.steps[1].args[0];
  const auto& outer = exists->args[0]->sub->steps[0].args[0]->args[0];
  CHECK(outer->kind == ast::node_kind::outer_ref);
  CHECK(outer->args[0]->name == "pk");
}

TEST_CASE("asc() and desc() with nulls placement", "[grammar]") {
  const auto q =
      parse_query(R"(Product.objects.order_by(F("released").desc(nulls_last=True), "id"))");
  const auto& o = q.steps[0].args[0];
  CHECK(o->kind == ast::node_kind::order);
  CHECK(o->descending);
  CHECK(o->nulls == ast::nulls_order::last);
}

TEST_CASE("comments and line breaks inside brackets", "[grammar]") {
  CHECK(parse_query("Tag.objects.filter(  # the tags\n  name='x',\n)  # done").steps.size() == 1);
}

TEST_CASE("syntax errors say what was expected, with a caret", "[grammar][errors]") {
  CHECK(rendered_error(R"(Product.objects.filter(name="x")") ==
        "error[syntax]: expected ')', found end of input\n --> line 1, column 32\n  | "
        "Product.objects.filter(name=\"x\"\n  |                                ^");
  CHECK(rendered_error(R"(Product.objects.filtr(name="x"))") ==
        "error[syntax]: unknown queryset method 'filtr'; did you mean 'filter'?\n --> line 1, "
        "column 17\n  | Product.objects.filtr(name=\"x\")\n  |                 ^^^^^");
  CHECK(rendered_error(R"(Product.objects.filter(name="x))") ==
        "error[syntax]: unterminated string literal\n --> line 1, column 29\n  | "
        "Product.objects.filter(name=\"x)\n  |                             ^^^");
  CHECK(rendered_error("Product.objects.filter(stock__gt=)") ==
        "error[syntax]: expected expression, found ')'\n --> line 1, column 34\n  | "
        "Product.objects.filter(stock__gt=)\n  |                                  ^");
  CHECK(rendered_error("Product.objects.all() extra") ==
        "error[syntax]: expected '.', '[' or the end of the query, found 'extra'\n --> line 1, "
        "column 23\n  | Product.objects.all() extra\n  |                       ^^^^^");
  CHECK(rendered_error("Product.objects.filter(\n  stock__gt=1,\n  name=\n)") ==
        "error[syntax]: expected expression, found ')'\n --> line 4, column 1\n  | )\n  | ^");
}

TEST_CASE("errors of the grammar's own checks", "[grammar][errors]") {
  CHECK(code_of("Product.objects.all()[-1]") == error_code::syntax);
  CHECK(code_of("Product.objects.filter(a=1, a=2)") == error_code::syntax);
  CHECK(code_of("Product.objects.filter(a=1, 2)") == error_code::syntax);
  CHECK(code_of("Product.objects.filter(d=date(2021, 2, 29))") == error_code::syntax);
  CHECK(code_of(R"(Product.objects.filter(d=Decimal("1.2.3")))") == error_code::syntax);
  CHECK(code_of(R"(Product.objects.filter(s="\x4"))") == error_code::syntax);
  CHECK(code_of("") == error_code::syntax);
}

TEST_CASE("nesting is bounded, so no input exhausts the stack", "[grammar][limits]") {
  const std::string deep =
      "Tag.objects.filter(" + std::string(10000, '(') + "1" + std::string(10000, ')') + ")";
  CHECK(code_of(deep) == error_code::limit_exceeded);
  const std::string unary = "Tag.objects.filter(x=" + std::string(100000, '~') + "Q(a=1))";
  CHECK(code_of(unary) == error_code::limit_exceeded);
  std::string sum = "Tag.objects.filter(weight=1";
  for (int i = 0; i < 100000; ++i) sum += "+1";
  CHECK(code_of(sum + ")") == error_code::limit_exceeded);
  std::string alternatives = "Tag.objects.filter(Q(weight=0)";
  for (int i = 1; i < 20000; ++i) alternatives += " | Q(weight=" + std::to_string(i) + ")";
  CHECK(parse_query(alternatives + ")").steps[0].args[0]->args.size() ==
        20000);  // one OR, not nested
  std::string power = "Tag.objects.filter(x=2";
  for (int i = 0; i < 5000; ++i) power += "**2";
  CHECK(code_of(power + ")") == error_code::limit_exceeded);
  CHECK(code_of(std::string(max_query_length + 1, ' ')) == error_code::limit_exceeded);
}

TEST_CASE("the builder and the text give the same SQL", "[grammar][builder]") {
  static const schema s = testing::shop_schema();
  const std::pair<queryset, const char*> cases[] = {
      {objects("Product").filter("name__startswith", "Wid"),
       R"(Product.objects.filter(name__startswith="Wid"))"},
      {objects("Product")
           .filter(Q("category_id__in", {1, 2, 3}) | Q("price__range", {10, 100}))
           .filter("active", true)
           .order_by({"-price", "id"})
           .slice(10, 20),
       R"(Product.objects.filter(Q(category_id__in=[1, 2, 3]) | Q(price__range=(10, 100))).filter(active=True).order_by("-price", "id")[10:20])"},
      {objects("Customer").values({"country"}).annotate("n", Count("orders")).filter("n__gt", 2),
       R"(Customer.objects.values("country").annotate(n=Count("orders")).filter(n__gt=2))"},
      {objects("Customer")
           .filter(
               Exists(objects("Review").filter("author", OuterRef("pk")).filter("rating__gte", 4))),
       R"(Customer.objects.filter(Exists(Review.objects.filter(author=OuterRef("pk")).filter(rating__gte=4))))"},
      {objects("Product").filter("stock__lt", 5).update({{"stock", F("stock") + 10}}),
       R"(Product.objects.filter(stock__lt=5).update(stock=F("stock") + 10))"},
      {objects("Tag").bulk_create(
           {object("Tag", {{"name", "a"}}), object("Tag", {{"name", "b"}, {"weight", 2}})}),
       R"(Tag.objects.bulk_create([Tag(name="a"), Tag(name="b", weight=2)]))"},
  };
  for (const auto& [built, text] : cases)
    for (auto d :
         {dialect_id::sqlite, dialect_id::postgresql, dialect_id::mysql, dialect_id::oracle}) {
      INFO(text << " " << to_string(d));
      const auto a = built.compile(s, d), b = compile(s, parse_query(text), d);
      REQUIRE(a.statements.size() == b.statements.size());
      for (std::size_t i = 0; i < a.statements.size(); ++i) {
        CHECK(a.statements[i].sql == b.statements[i].sql);
        CHECK(a.statements[i].params == b.statements[i].params);
      }
    }
}
