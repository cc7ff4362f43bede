// SPDX-License-Identifier: MIT
// The queryset grammar: every form it accepts and the tree it builds (printed compactly), the
// spans it keeps, its errors with their carets, and its limits.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <iterator>
#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "sqlweave/parse.hpp"

using namespace sqlweave;

namespace {

std::string text_of(const ast::query& q);

// A compact, unambiguous print of a tree: (| a b) for q_or, (+ a b), name=value for lookups.
std::string text_of(const ast::expr& e) {
  auto list = [](const std::vector<ast::expr>& args, const std::vector<ast::kwarg>& kwargs) {
    std::vector<std::string> parts;
    for (const auto& a : args) parts.push_back(text_of(a));
    for (const auto& k : kwargs) parts.push_back(fmt::format("{}={}", k.name, text_of(k.value)));
    return fmt::format("{}", fmt::join(parts, ", "));
  };
  auto operands = [](const std::vector<ast::expr>& args) {
    std::string out;
    for (const auto& a : args) fmt::format_to(std::back_inserter(out), " {}", text_of(a));
    return out;
  };
  switch (e->kind) {
    case ast::node_kind::literal:
      switch (e->val.kind()) {
        case value_kind::null: return "None";
        case value_kind::boolean: return e->val.as_bool() ? "True" : "False";
        case value_kind::text: return fmt::format("'{}'", e->val.as_text());
        case value_kind::real: return fmt::format("{}r", e->val.to_string());
        case value_kind::date: return fmt::format("date({})", e->val.to_string());
        case value_kind::datetime: return fmt::format("datetime({})", e->val.to_string());
        case value_kind::decimal: return fmt::format("Decimal({})", e->val.to_string());
        case value_kind::duration: return fmt::format("timedelta({})", e->val.to_string());
        case value_kind::time: return fmt::format("time({})", e->val.to_string());
        case value_kind::bytes: return fmt::format("bytes({})", e->val.to_string());
        default: return e->val.to_string();
      }
    case ast::node_kind::list: return fmt::format("[{}]", list(e->args, {}));
    case ast::node_kind::dict: return fmt::format("{{{}}}", list({}, e->kwargs));
    case ast::node_kind::param: return fmt::format(":{}", e->name);
    case ast::node_kind::field: return fmt::format("F({})", e->name);
    case ast::node_kind::outer_ref:
      return fmt::format("OuterRef({})", e->args.empty() ? e->name : text_of(e->args[0]));
    case ast::node_kind::star: return "*";
    case ast::node_kind::binary: {
      static constexpr const char* ops[] = {"+", "-", "*", "/", "%", "**"};
      return fmt::format("({} {} {})", ops[static_cast<int>(e->op)], text_of(e->args[0]),
                         text_of(e->args[1]));
    }
    case ast::node_kind::negate: return fmt::format("(- {})", text_of(e->args[0]));
    case ast::node_kind::call: return fmt::format("{}({})", e->name, list(e->args, e->kwargs));
    case ast::node_kind::lookup: return fmt::format("{}={}", e->name, text_of(e->args[0]));
    case ast::node_kind::q_and: return fmt::format("(&{})", operands(e->args));
    case ast::node_kind::q_or: return fmt::format("(|{})", operands(e->args));
    case ast::node_kind::q_not: return fmt::format("(~ {})", text_of(e->args[0]));
    case ast::node_kind::subquery: return fmt::format("{{{}}}", text_of(*e->sub));
    case ast::node_kind::order: {
      static constexpr const char* nulls[] = {"", " nulls_first", " nulls_last"};
      return fmt::format("({} {}{})", e->descending ? "desc" : "asc", text_of(e->args[0]),
                         nulls[static_cast<int>(e->nulls)]);
    }
    case ast::node_kind::object: return fmt::format("object {}", e->name);
  }
  return "?";
}

std::string text_of(const ast::query& q) {
  std::string out = q.model;
  auto bound = [](const std::optional<std::int64_t>& b) {
    return b ? std::to_string(*b) : std::string();
  };
  for (const auto& st : q.steps) {
    if (st.kind == ast::step_kind::slice) {
      if (st.index)
        fmt::format_to(std::back_inserter(out), "[{}]", bound(st.start));
      else
        fmt::format_to(std::back_inserter(out), "[{}:{}]", bound(st.start), bound(st.stop));
      continue;
    }
    std::vector<std::string> parts;
    for (const auto& a : st.args) parts.push_back(text_of(a));
    for (const auto& k : st.kwargs) parts.push_back(fmt::format("{}={}", k.name, text_of(k.value)));
    fmt::format_to(std::back_inserter(out), ".{}({})", catalog::method_name(st.kind),
                   fmt::join(parts, ", "));
  }
  return out;
}

std::string parsed(const std::string& text) {
  return text_of(parse_query(text));
}

// The value of the only lookup in `Tag.filter(x=<expression>)`.
std::string value_of(const std::string& expression) {
  return text_of(
      parse_query("Tag.filter(x=" + expression + ")").steps.at(0).args.at(0)->args.at(0));
}

std::string rendered(const std::string& text) {
  try {
    parse_query(text);
  } catch (const error& e) {
    return e.render(text);
  }
  return "no error";
}

std::string message(const std::string& text) {
  try {
    parse_query(text);
  } catch (const error& e) {
    CHECK(e.code() == error_code::syntax);
    return e.what();
  }
  return "no error";
}

error_code code_of(const std::string& text) {
  try {
    parse_query(text);
  } catch (const error& e) {
    return e.code();
  }
  FAIL("expected an error for " << text.substr(0, 80));
  return error_code::syntax;
}

std::string covered(const std::string& text, source_span span) {
  return text.substr(span.offset, span.length);
}

}  // namespace

TEST_CASE("every queryset method becomes its step", "[grammar]") {
  CHECK(parsed("Book.objects.all()") == "Book.all()");
  CHECK(parsed("Book.objects") == "Book");
  CHECK(parsed("Book") == "Book");
  CHECK(parsed("Book.all()") == "Book.all()");
  CHECK(parsed("Book.objects.filter(title='x').exclude(pages__gt=10)") ==
        "Book.filter(title='x').exclude(pages__gt=10)");
  CHECK(parsed("Book.objects.get(pk=1)") == "Book.get(pk=1)");
  CHECK(parsed("Book.objects.annotate(n=Count('tags')).alias(m=F('pages'))") ==
        "Book.annotate(n=Count('tags')).alias(m=F(pages))");
  CHECK(parsed("Book.objects.aggregate(Avg('pages'), total=Sum('pages'))") ==
        "Book.aggregate(Avg('pages'), total=Sum('pages'))");
  CHECK(parsed("Book.objects.values('title', n=F('pages'))") == "Book.values('title', n=F(pages))");
  CHECK(parsed("Book.objects.values_list('title', flat=True)") ==
        "Book.values_list('title', flat=True)");
  CHECK(parsed("Book.objects.values_list('title', 'pages', named=True)") ==
        "Book.values_list('title', 'pages', named=True)");
  CHECK(parsed("Book.objects.only('title').defer('body')") == "Book.only('title').defer('body')");
  CHECK(parsed("Book.objects.order_by('-published', 'title')") ==
        "Book.order_by('-published', 'title')");
  CHECK(parsed("Book.objects.distinct().distinct('author')") ==
        "Book.distinct().distinct('author')");
  CHECK(parsed("Book.objects.select_related('author').prefetch_related('tags')") ==
        "Book.select_related('author').prefetch_related('tags')");
  CHECK(parsed("Book.objects.reverse().none()") == "Book.reverse().none()");
  CHECK(parsed("Book.objects.count()") == "Book.count()");
  CHECK(parsed("Book.objects.exists()") == "Book.exists()");
  CHECK(parsed("Book.objects.first()") == "Book.first()");
  CHECK(parsed("Book.objects.last()") == "Book.last()");
  CHECK(parsed("Book.objects.earliest('published')") == "Book.earliest('published')");
  CHECK(parsed("Book.objects.latest('published')") == "Book.latest('published')");
  CHECK(parsed("Book.objects.filter(pk=1).update(pages=F('pages') + 1)") ==
        "Book.filter(pk=1).update(pages=(+ F(pages) 1))");
  CHECK(parsed("Book.objects.filter(pk=1).delete()") == "Book.filter(pk=1).delete()");
  CHECK(parsed("Book.objects.create(title='x', pages=3)") == "Book.create(title='x', pages=3)");
  CHECK(parsed("Tag.objects.bulk_create([Tag(name='a'), Tag(name='b', weight=2)], batch_size=100, "
               "ignore_conflicts=True)") ==
        "Tag.bulk_create([Tag(name='a'), Tag(name='b', weight=2)], batch_size=100, "
        "ignore_conflicts=True)");
  CHECK(parsed("Tag.objects.bulk_create([Tag(name='a')], update_conflicts=True, "
               "update_fields=['weight'], "
               "unique_fields=['name'])") ==
        "Tag.bulk_create([Tag(name='a')], update_conflicts=True, update_fields=['weight'], "
        "unique_fields=['name'])");
  CHECK(parsed("Tag.objects.bulk_update([Tag(id=1, weight=2)], ['weight'], batch_size=10)") ==
        "Tag.bulk_update([Tag(id=1, weight=2)], ['weight'], batch_size=10)");
}

TEST_CASE("subscripts are slices and indexes", "[grammar]") {
  CHECK(parsed("Book.objects.all()[5:15]") == "Book.all()[5:15]");
  CHECK(parsed("Book.objects.all()[:10]") == "Book.all()[:10]");
  CHECK(parsed("Book.objects.all()[10:]") == "Book.all()[10:]");
  CHECK(parsed("Book.objects.all()[:]") == "Book.all()[:]");
  CHECK(parsed("Book.objects[ 1_0 : 2_0 ]") == "Book[10:20]");
  const auto q = parse_query("Book.objects.order_by('id')[3]");
  const ast::step& index = q.steps.at(1);
  CHECK(index.kind == ast::step_kind::slice);
  CHECK(index.index);
  CHECK(index.start == 3);
  CHECK(index.stop == 4);
  CHECK_FALSE(parse_query("Book[3:4]").steps[0].index);
}

TEST_CASE("a slice step is refused: Django evaluates it into a list", "[grammar][errors]") {
  try {
    parse_query("Book.objects.all()[::2]");
    FAIL("no error");
  } catch (const error& e) {
    CHECK(e.code() == error_code::unsupported);
    CHECK(e.render("Book.objects.all()[::2]") ==
          "error[unsupported]: a slice step (qs[a:b:step]) is not supported: Django evaluates such "
          "a slice into a list\n --> line 1, column 21\n  | Book.objects.all()[::2]\n  |        "
          "             ^^");
  }
  CHECK_THROWS_WITH(parse_query("Book.objects.all()[1:2:3]"),
                    Catch::Contains("a slice step (qs[a:b:step]) is not supported"));
}

TEST_CASE("querysets combined with | and &, & binding tighter", "[grammar]") {
  CHECK(parsed("Book.objects.filter(a=1) | Book.objects.filter(b=2)") ==
        "Book.filter(a=1).|({Book.filter(b=2)})");
  CHECK(parsed("Book.filter(a=1) | Book.filter(b=2) & Book.filter(c=3)") ==
        "Book.filter(a=1).|({Book.filter(b=2).&({Book.filter(c=3)})})");
  CHECK(parsed("(Book.filter(a=1) | Book.all()).order_by('x')[:2]") ==
        "Book.filter(a=1).|({Book.all()}).order_by('x')[:2]");
  CHECK(parsed("Book.filter(a=1) | (Book.filter(b=2) | Book.all())") ==
        "Book.filter(a=1).|({Book.filter(b=2).|({Book.all()})})");
  // Inside an expression the querysets of `|` are one queryset, not a Q.
  CHECK(value_of("Exists(Tag.objects.all() | Tag.objects.filter(b=2))") ==
        "Exists({Tag.all().|({Tag.filter(b=2)})})");
  CHECK(message("Book.all() | 3") == "expected queryset, found '3'");
  CHECK(message("(Book.all() | Book.all()") == "expected ')', found end of input");
}

TEST_CASE("filter, exclude and get turn keyword arguments into lookups, in order", "[grammar]") {
  const std::string text = "Book.objects.filter(Q(a=1), title__startswith='Dj', pages__gt=2)";
  const auto q = parse_query(text);
  const auto& args = q.steps.at(0).args;
  REQUIRE(args.size() == 3);
  CHECK(args[0]->kind == ast::node_kind::lookup);
  CHECK(args[1]->kind == ast::node_kind::lookup);
  CHECK(args[1]->name == "title__startswith");
  CHECK(args[1]->span.offset == text.find("title__startswith"));
  CHECK(covered(text, args[1]->span) == "title__startswith");
  CHECK(covered(text, args[1]->args[0]->span) == "'Dj'");
  CHECK(q.steps[0].kwargs.empty());
  // Everywhere else keyword arguments stay keyword arguments.
  const auto a = parse_query("Book.objects.annotate(n=Count('id'))");
  REQUIRE(a.steps[0].kwargs.size() == 1);
  CHECK(a.steps[0].kwargs[0].name == "n");
  CHECK(covered("Book.objects.annotate(n=Count('id'))", a.steps[0].kwargs[0].span) == "n");
}

TEST_CASE("literals of every kind", "[grammar]") {
  CHECK(value_of("42") == "42");
  CHECK(value_of("1_000_000") == "1000000");
  CHECK(value_of("-7") == "-7");
  // The smallest int64: the minus is part of the literal, whose magnitude alone does not fit.
  CHECK(value_of("-9223372036854775808") == "-9223372036854775808");
  CHECK(value_of("- 9_223_372_036_854_775_808") == "-9223372036854775808");
  CHECK(value_of("-0x8000000000000000") == "-9223372036854775808");
  CHECK(value_of("+-9223372036854775808") == "-9223372036854775808");
  CHECK(value_of("-9223372036854775808 + 1") == "(+ -9223372036854775808 1)");
  CHECK(value_of("0x1F") == "31");
  CHECK(value_of("0o17") == "15");
  CHECK(value_of("0b101") == "5");
  CHECK(value_of("0") == "0");
  CHECK(value_of("1.5") == "1.5r");
  CHECK(value_of(".5") == "0.5r");
  CHECK(value_of("2.") == "2r");
  CHECK(value_of("1e3") == "1000r");
  CHECK(value_of("2.5E-1") == "0.25r");
  CHECK(value_of("-1_0.2_5") == "-10.25r");
  CHECK(value_of("True") == "True");
  CHECK(value_of("False") == "False");
  CHECK(value_of("None") == "None");
  CHECK(value_of("'single'") == "'single'");
  CHECK(value_of("\"double\"") == "'double'");
  CHECK(value_of(R"('it\'s')") == "'it's'");
  CHECK(value_of(R"("say \"hi\"")") == "'say \"hi\"'");
  CHECK(value_of(R"("\n\t\r\\\0\a\b\f\v")") == std::string("'\n\t\r\\") + '\0' + "\a\b\f\v'");
  CHECK(value_of(R"("\x41\x2a\xe9")") == "'A*\xC3\xA9'");
  CHECK(value_of(R"("\u00e9\u20AC")") == "'\xC3\xA9\xE2\x82\xAC'");
  CHECK(value_of(R"("\U0001F600")") == "'\xF0\x9F\x98\x80'");
  CHECK(value_of(R"("\101\60\7")") == "'A0\a'");
  CHECK(value_of(R"("\d\q")") == R"('\d\q')");  // unknown escapes stay, as in Python
  CHECK(value_of("'line \\\ncontinued'") == "'line continued'");
  CHECK(value_of(R"(r"^\d+\.\"$")") == R"('^\d+\.\"$')");
  CHECK(value_of(R"(R'\n')") == R"('\n')");
  CHECK(value_of(R"(u'plain')") == "'plain'");
  CHECK(value_of(R"("abc" 'def' r"\g")") == R"('abcdef\g')");
  CHECK(value_of("'con'\n  # a comment between\n  'cat'") == "'concat'");
  CHECK(value_of(R"("""triple "quoted" text""")") == "'triple \"quoted\" text'");
  CHECK(value_of("'''two\nlines'''") == "'two\nlines'");
  CHECK(value_of("'caf\xC3\xA9'") == "'caf\xC3\xA9'");
  // Bytes: escapes name bytes, \u and \N are not escapes, raw forms keep backslashes.
  CHECK(value_of(R"(b"A\x00\xff\377\n")") == "bytes(4100ffff0a)");
  CHECK(value_of(R"(B'\u00e9')") == "bytes(5c7530306539)");
  CHECK(value_of(R"(rb"\x" Br'\n' b'')") == "bytes(5c785c6e)");
  CHECK(value_of("b''") == "bytes()");
  CHECK(value_of("[1, 'a', None,]") == "[1, 'a', None]");
  CHECK(value_of("[]") == "[]");
  CHECK(value_of("(1, 2)") == "[1, 2]");
  CHECK(value_of("(1,)") == "[1]");
  CHECK(value_of("()") == "[]");
  CHECK(value_of("(1)") == "1");
  CHECK(value_of("((1, 2), [3])") == "[[1, 2], [3]]");
  CHECK(value_of("date(2020, 2, 29)") == "date(2020-02-29)");
  CHECK(value_of("datetime.date(2021, 1, 2)") == "date(2021-01-02)");
  CHECK(value_of("datetime(2020, 1, 2)") == "datetime(2020-01-02 00:00:00)");
  CHECK(value_of("datetime(2020, 1, 2, 3, 4)") == "datetime(2020-01-02 03:04:00)");
  CHECK(value_of("datetime.datetime(2020, 1, 2, 3, 4, 5, 6)") ==
        "datetime(2020-01-02 03:04:05.000006)");
  CHECK(value_of("time(12, 0)") == "time(12:00:00)");
  CHECK(value_of("time()") == "time(00:00:00)");
  CHECK(value_of("datetime.time(23, 59, 58, 7)") == "time(23:59:58.000007)");
  CHECK(value_of("time(9, second=5, microsecond=120000)") == "time(09:00:05.120000)");
  CHECK(value_of("Decimal('1.50')") == "Decimal(1.50)");
  CHECK(value_of("Decimal(\"-.5\")") == "Decimal(-.5)");
  CHECK(value_of("decimal.Decimal('10')") == "Decimal(10)");
  CHECK(value_of("Decimal(3)") == "Decimal(3)");
  CHECK(value_of(":prefix") == ":prefix");
  CHECK(value_of("[:low, :high]") == "[:low, :high]");
  CHECK(value_of(R"({"a": 1, 'b': [True, None], "c": {},})") == "{a=1, b=[True, None], c={}}");
  CHECK(value_of("{}") == "{}");
  // A set: Python's braces without keys, a list to the resolver (`__in={1, 2}`).
  CHECK(value_of("{1, 'a', None,}") == "[1, 'a', None]");
  CHECK(value_of("{(1, 2)}") == "[[1, 2]]");
  CHECK(value_of(R"({"a": {1}})") == "{a=[1]}");
  CHECK(value_of("timedelta(days=1, hours=2)") == "timedelta(1 days 02:00:00.000000)");
  CHECK(value_of("datetime.timedelta(0, 90, 5)") == "timedelta(0 days 00:01:30.000005)");
  CHECK(value_of("timedelta(seconds=-1)") == "timedelta(-1 days 23:59:59.000000)");
  CHECK(value_of("timedelta(microseconds=2.5)") == "timedelta(0 days 00:00:00.000002)");
  CHECK(value_of("timedelta(weeks=1, milliseconds=1.5)") == "timedelta(7 days 00:00:00.001500)");
}

TEST_CASE("operators follow Python's precedence", "[grammar]") {
  CHECK(value_of("F('a') + F('b') * 2") == "(+ F(a) (* F(b) 2))");
  CHECK(value_of("(F('a') + F('b')) * 2") == "(* (+ F(a) F(b)) 2)");
  CHECK(value_of("F('a') - F('b') - 1") == "(- (- F(a) F(b)) 1)");
  CHECK(value_of("F('a') / 2 % 3 * 4") == "(* (% (/ F(a) 2) 3) 4)");
  CHECK(value_of("-F('a') * 2") == "(* (- F(a)) 2)");
  CHECK(value_of("-F('a') ** 2") == "(- (** F(a) 2))");
  CHECK(value_of("-2 ** 2") == "(- (** 2 2))");
  CHECK(value_of("2 ** -1") == "(** 2 -1)");
  CHECK(value_of("2 ** 3 ** 2") == "(** 2 (** 3 2))");
  CHECK(value_of("+F('a')") == "F(a)");
  CHECK(value_of("- - 3") == "3");
  CHECK(value_of("1 -2") == "(- 1 2)");
  CHECK(parsed("T.filter(~Q(a=1) | Q(b=2) & Q(c=3))") == "T.filter((| (~ a=1) (& b=2 c=3)))");
  CHECK(parsed("T.filter((Q(a=1) | Q(b=2)) & ~(Q(c=3) | Q(d=4)))") ==
        "T.filter((& (| a=1 b=2) (~ (| c=3 d=4))))");
  CHECK(parsed("T.filter(Q(a=1) | Q(b=2) | Q(c=3))") ==
        "T.filter((| a=1 b=2 c=3))");  // one OR of three
  CHECK(parsed("T.filter(Q(a=1) & Q(b=2) & Q(c=3))") == "T.filter((& a=1 b=2 c=3))");
  CHECK(parsed("T.filter(~~Q(a=1))") == "T.filter((~ (~ a=1)))");
  CHECK(parsed("T.filter(Q(a=F('b') + 1) | Q(c__in=[1, 2]))") ==
        "T.filter((| a=(+ F(b) 1) c__in=[1, 2]))");
}

TEST_CASE("Q, F and OuterRef", "[grammar]") {
  CHECK(value_of("Q(a=1, b=2)") == "(& a=1 b=2)");
  CHECK(value_of("Q(Q(a=1) | Q(b=2), c=3)") == "(& (| a=1 b=2) c=3)");
  CHECK(value_of("Q(a=1)") == "a=1");  // one child is that child
  CHECK(value_of("Q()") == "(&)");
  CHECK(value_of("models.Q(a=1)") == "a=1");
  CHECK(value_of("F('author__name')") == "F(author__name)");
  CHECK(value_of("models.F('x')") == "F(x)");
  CHECK(value_of("OuterRef('pk')") == "OuterRef(pk)");
  CHECK(value_of("OuterRef(OuterRef('pk'))") == "OuterRef(OuterRef(pk))");
  const auto e = parse_query("T.filter(x=OuterRef(OuterRef('pk')))").steps[0].args[0]->args[0];
  CHECK(e->kind == ast::node_kind::outer_ref);
  CHECK(e->name.empty());
  CHECK(e->args.at(0)->kind == ast::node_kind::outer_ref);
  CHECK(e->args[0]->name == "pk");
}

TEST_CASE("calls keep their arguments; model prefixes are dropped", "[grammar]") {
  CHECK(value_of("Count('id', distinct=True, filter=Q(x__gt=1))") ==
        "Count('id', distinct=True, filter=x__gt=1)");
  CHECK(value_of("models.Count('id')") == "Count('id')");
  CHECK(value_of("functions.Lower('name')") == "Lower('name')");
  CHECK(value_of("models.functions.Lower('name')") == "Lower('name')");
  CHECK(value_of("Cast('credit', output_field=models.IntegerField())") ==
        "Cast('credit', output_field=IntegerField())");
  CHECK(
      value_of("ExpressionWrapper(F('a') * 2, output_field=models.DecimalField(max_digits=10, "
               "decimal_places=2))") ==
      "ExpressionWrapper((* F(a) 2), output_field=DecimalField(max_digits=10, decimal_places=2))");
  CHECK(value_of("Case(When(Q(a=1), then=Value('x')), default=Value('y'))") ==
        "Case(When(a=1, then=Value('x')), default=Value('y'))");
  CHECK(value_of("Coalesce('a', 'b', Value(0))") == "Coalesce('a', 'b', Value(0))");
  CHECK(value_of("Count('*')") == "Count('*')");
  CHECK(value_of("Now()") == "Now()");
  CHECK(value_of("timezone.now()") == "timezone.now()");
  CHECK(value_of("Product(name='x', price=9)") == "Product(name='x', price=9)");
  CHECK(value_of("Lower('name',)") == "Lower('name')");
}

TEST_CASE("asc() and desc() on expressions", "[grammar]") {
  CHECK(parsed("T.order_by(F('a').asc(), F('b').desc(), F('c').desc(nulls_last=True), "
               "F('d').asc(nulls_first=True))") ==
        "T.order_by((asc F(a)), (desc F(b)), (desc F(c) nulls_last), (asc F(d) nulls_first))");
  CHECK(parsed("T.order_by(Lower('name').desc())") == "T.order_by((desc Lower('name')))");
  CHECK(parsed("T.order_by(F('a').asc(nulls_last=False))") == "T.order_by((asc F(a)))");
}

TEST_CASE("querysets used as values are subqueries", "[grammar]") {
  CHECK(
      parsed("Order.objects.filter(customer__in=Customer.objects.filter(vip=True).values('id'))") ==
      "Order.filter(customer__in={Customer.filter(vip=True).values('id')})");
  CHECK(
      parsed("Customer.objects.annotate(last=Subquery(Order.objects.filter(customer=OuterRef('pk'))"
             ".order_by('-placed').values('total')[:1]))") ==
      "Customer.annotate(last=Subquery({Order.filter(customer=OuterRef(pk)).order_by('-placed')."
      "values('total')[:1]}))");
  CHECK(parsed("Customer.objects.filter(Exists(Review.objects.filter(author=OuterRef('pk'))), "
               "~Exists(Order.objects))") ==
        "Customer.filter(Exists({Review.filter(author=OuterRef(pk))}), (~ Exists({Order})))");
  const std::string text = "A.filter(x__in=B.objects.all())";
  const auto sub = parse_query(text).steps[0].args[0]->args[0];
  REQUIRE(sub->kind == ast::node_kind::subquery);
  CHECK(covered(text, sub->span) == "B.objects.all()");
  CHECK(covered(text, sub->sub->model_span) == "B");
}

TEST_CASE("white space, line breaks, continuations and comments between tokens", "[grammar]") {
  CHECK(
      parsed("  Tag . objects\n  .filter(  # the tags\n    name = 'x' ,\n  )\t[ : 5 ]  # done\n") ==
      "Tag.filter(name='x')[:5]");
  CHECK(parsed("Tag.objects \\\n  .count()") == "Tag.count()");
  CHECK(parsed("Tag.objects.filter(\r\n  a=1,\r\n  b=2)") == "Tag.filter(a=1, b=2)");
}

TEST_CASE("every node has the span of its text", "[grammar]") {
  const std::string text =
      "Book.objects.filter(Q(a=1) | ~Q(b=F('c') * -2), d=:p)[1:2].annotate(n=Count('x'))";
  const auto q = parse_query(text);
  CHECK(covered(text, q.model_span) == "Book");
  CHECK(covered(text, q.steps[0].span) == "filter");
  CHECK(covered(text, q.steps[1].span) == "[1:2]");
  CHECK(covered(text, q.steps[2].span) == "annotate");
  const auto& either = q.steps[0].args[0];
  CHECK(covered(text, either->span) == "Q(a=1) | ~Q(b=F('c') * -2)");
  CHECK(covered(text, either->args[0]->span) == "a");  // Q(a=1) is its one lookup
  const auto& negated = either->args[1];
  CHECK(covered(text, negated->span) == "~Q(b=F('c') * -2)");
  const auto& product = negated->args[0]->args[0];
  CHECK(covered(text, product->span) == "F('c') * -2");
  CHECK(covered(text, product->args[0]->span) == "F('c')");
  CHECK(covered(text, product->args[1]->span) == "-2");
  CHECK(covered(text, q.steps[0].args[1]->args[0]->span) == ":p");
  CHECK(covered(text, q.steps[2].kwargs[0].value->span) == "Count('x')");
  const std::string ordered = "T.order_by(F('a').desc(nulls_last=True), [1, 2], (3,), 'x' 'y')";
  const auto o = parse_query(ordered).steps[0].args;
  CHECK(covered(ordered, o[0]->span) == "F('a').desc(nulls_last=True)");
  CHECK(covered(ordered, o[1]->span) == "[1, 2]");
  CHECK(covered(ordered, o[2]->span) == "(3,)");
  CHECK(covered(ordered, o[3]->span) == "'x' 'y'");
  const std::string dated = "T.filter(d=datetime.date(2020, 1, 1), e=models.Count('id'))";
  const auto d = parse_query(dated).steps[0].args;
  CHECK(covered(dated, d[0]->args[0]->span) == "datetime.date(2020, 1, 1)");
  CHECK(covered(dated, d[1]->args[0]->span) == "models.Count('id')");
}

TEST_CASE("syntax errors say what was expected and what was found, with a caret",
          "[grammar][errors]") {
  CHECK(rendered("Product.objects.filter(name=\"x\"") ==
        "error[syntax]: expected ')' or ',' after argument, found end of input\n"
        " --> line 1, column 32\n"
        "  | Product.objects.filter(name=\"x\"\n"
        "  |                                ^");
  CHECK(rendered("Product.objects.filter(stock__gt=)") ==
        "error[syntax]: expected expression, found ')'\n"
        " --> line 1, column 34\n"
        "  | Product.objects.filter(stock__gt=)\n"
        "  |                                  ^");
  CHECK(rendered("Product.objects.all() extra") ==
        "error[syntax]: unexpected 'extra' after the query\n"
        " --> line 1, column 23\n"
        "  | Product.objects.all() extra\n"
        "  |                       ^^^^^");
  CHECK(rendered("Product.objects.filter(\n  stock__gt=1,\n  name=\n)") ==
        "error[syntax]: expected expression, found ')'\n"
        " --> line 4, column 1\n"
        "  | )\n"
        "  | ^");
  CHECK(rendered("Product.objects.filter(name=\"x)") ==
        "error[syntax]: unterminated string literal\n"
        " --> line 1, column 29\n"
        "  | Product.objects.filter(name=\"x)\n"
        "  |                             ^^^");
  CHECK(rendered("Product.objects.all()[-1]") ==
        "error[syntax]: negative indexing is not supported\n"
        " --> line 1, column 23\n"
        "  | Product.objects.all()[-1]\n"
        "  |                       ^^");
  CHECK(rendered("Product.objects.filter(name='caf\xC3\xA9' x)") ==
        "error[syntax]: expected ')' or ',' after argument, found 'x'\n"
        " --> line 1, column 36\n"
        "  | Product.objects.filter(name='caf\xC3\xA9' x)\n"
        "  |                                    ^");
}

TEST_CASE("a method the catalog lacks is left to the resolver", "[grammar]") {
  // It may be a method of the model's manager or QuerySet class, which only the schema knows.
  const auto q = parse_query("Product.objects.filtr(1, name=\"x\").count()");
  REQUIRE(q.steps.size() == 2);
  CHECK(q.steps[0].kind == ast::step_kind::custom);
  CHECK(q.steps[0].method == "filtr");
  CHECK(q.steps[0].args.size() == 1);
  CHECK(q.steps[0].kwargs.size() == 1);
  CHECK(q.steps[0].span.offset == 16);
  CHECK(q.steps[0].span.length == 5);
  CHECK(q.steps[1].method.empty());
}

TEST_CASE("each syntax error names its problem", "[grammar][errors]") {
  CHECK(message("") == "expected a model name, found end of input");
  CHECK(message("  # nothing\n") == "expected a model name, found end of input");
  CHECK(message("42") == "expected a model name, found '42'");
  CHECK(message("Product.") == "expected method name, found end of input");
  CHECK(message("Product.objects.filter") == "expected '(', found end of input");
  CHECK(message("Product.objects.filter(a=1)(") == "unexpected '(' after the query");
  CHECK(message("Product.objects.filter(,)") == "expected argument or ')', found ','");
  CHECK(message("Product.objects.filter(a b)") == "expected argument or ')', found 'a'");
  CHECK(message("Product.objects.filter(a=1 b=2)") ==
        "expected ')' or ',' after argument, found 'b'");
  CHECK(message("Product.objects.filter(a=[1 2])") ==
        "expected ']' or ',' after list element, found '2'");
  CHECK(message("Product.objects.filter(a=[,])") == "expected expression or ']', found ','");
  CHECK(message("Product.objects.filter(a=(1 2))") ==
        "expected ')' or ',' after expression, found '2'");
  CHECK(message("Product.objects.filter(a=F('x') +)") == "expected expression, found ')'");
  CHECK(message("Product.objects.filter(a=~)") == "expected expression, found ')'");
  CHECK(message("Product.objects.filter(a=2 **)") == "expected expression, found ')'");
  CHECK(message("Product.objects.filter(Q(a=1) |)") == "expected expression, found ')'");
  CHECK(message("Product.objects.filter(a=: p)") ==
        "expected parameter name right after ':', found 'p'");
  CHECK(message("Product.objects.filter(a=F('x').)") == "expected method name, found ')'");
  CHECK(message("Product.objects.all()[]") == "expected index or slice, found ']'");
  CHECK(message("Product.objects.all()[1.5]") == "slice indices must be integers");
  CHECK(message("Product.objects.all()[:-2]") == "negative indexing is not supported");
  CHECK(message("Product.objects.filter(a=1, 2)") ==
        "positional argument follows keyword argument");
  CHECK(message("Product.objects.filter(a=1, a=2)") == "keyword argument repeated: a");
  CHECK(message("Product.objects.order_by(F('a').up())") ==
        "expressions have no method 'up'; asc(), desc() and the bitwise bitand(), bitor(), "
        "bitxor(), bitleftshift(), bitrightshift() are allowed");
  CHECK(message("Product.objects.order_by(F('a').desc('x'))") ==
        "desc() takes only nulls_first= or nulls_last=");
  CHECK(message("Product.objects.order_by(F('a').desc(nulls='last'))") ==
        "desc() takes only nulls_first=True or nulls_last=True");
  CHECK(message("Product.objects.order_by(F('a').asc(nulls_first=True, nulls_last=True))") ==
        "nulls_first and nulls_last are mutually exclusive");
}

TEST_CASE("malformed literals and special calls", "[grammar][errors]") {
  CHECK(message("T.filter(s='abc)") == "unterminated string literal");
  CHECK(message("T.filter(s__in={1: 2})") == "a dict key must be a string");
  CHECK(message("T.filter(s__in={1 2})") == "expected '}' or ',', found '2'");
  CHECK(message("T.filter(s__in={1, 'a': 2})") == "expected '}' or ',', found ':'");
  CHECK(message("T.filter(s=b'caf\xC3\xA9')") == "bytes can only contain ASCII literal characters");
  CHECK(message("T.filter(s=b'a' 'b')") == "cannot mix bytes and nonbytes literals");
  CHECK(message("T.filter(s='a' b'b')") == "cannot mix bytes and nonbytes literals");
  CHECK(message(R"(T.filter(s=b'\400'))") == "an octal escape in bytes is at most \\377");
  CHECK(message("T.filter(s=ub'x')") != "no error");
  CHECK(message("T.filter(s='''abc)") == "unterminated triple-quoted string literal");
  CHECK(message("T.filter(s='a\nb')") == "unterminated string literal");
  CHECK(message(R"(T.filter(s="\x4"))") == R"(truncated \xXX escape)");
  CHECK(message(R"(T.filter(s="\u12"))") == R"(truncated \uXXXX escape)");
  CHECK(message(R"(T.filter(s="\U0011FFFF"))") == "illegal Unicode character in escape");
  CHECK(message(R"(T.filter(s="\ud800"))") == "escape names a surrogate, not a character");
  CHECK(message(R"(T.filter(s="\N{DASH}"))") ==
        R"(\N{...} escapes are not supported; write the character or \u)");
  CHECK(message("T.filter(n=1__0)") == "invalid decimal literal");
  CHECK(message("T.filter(n=1_)") == "invalid decimal literal");
  CHECK(message("T.filter(n=12abc)") == "invalid decimal literal");
  CHECK(message("T.filter(n=1e)") == "invalid decimal literal");
  CHECK(message("T.filter(n=0x)") == "invalid number literal");
  CHECK(message("T.filter(n=007)") ==
        "leading zeros in decimal integer literals are not permitted");
  CHECK(message("T.filter(n=99999999999999999999)") == "integer literal does not fit in 64 bits");
  CHECK(message("T.filter(n=-9223372036854775809)") == "integer literal does not fit in 64 bits");
  CHECK(message("T.filter(n=--9223372036854775808)") == "integer literal does not fit in 64 bits");
  // Python: -(9223372036854775808 ** 1), whose base does not fit.
  CHECK(message("T.filter(n=-9223372036854775808 ** 1)") ==
        "integer literal does not fit in 64 bits");
  CHECK(message("T.filter(n=1e999)") == "float literal out of range");
  CHECK(message("T.filter(d=date(2021, 2, 29))") == "day is out of range for month");
  CHECK(message("T.filter(d=date(2021, 13, 1))") == "month must be in 1..12");
  CHECK(message("T.filter(d=date(0, 1, 1))") == "year is out of range (1..9999)");
  CHECK(message("T.filter(d=date(2021, 1))") == "date() takes year, month, day");
  CHECK(message("T.filter(d=date('2021', 1, 1))") == "date() takes integers");
  CHECK(message("T.filter(d=datetime(2021, 1, 1, 24))") == "hour must be in 0..23");
  CHECK(message("T.filter(d=datetime(2021, 1, 1, 0, 60))") == "minute must be in 0..59");
  CHECK(message("T.filter(d=datetime(2021, 1, 1, 0, 0, 60))") == "second must be in 0..59");
  CHECK(message("T.filter(d=datetime(2021, 1, 1, 0, 0, 0, 1000000))") ==
        "microsecond must be in 0..999999");
  CHECK(message("T.filter(d=date(2021, -1, 1))") == "month must be in 1..12");
  CHECK(message("T.filter(d=datetime(2021, 1, 1, 0, 0, 0, 0, 0))") ==
        "datetime() takes year, month, day[, hour[, minute[, second[, microsecond]]]]");
  CHECK(message("T.filter(d=time(24))") == "hour must be in 0..23");
  CHECK(message("T.filter(d=time(1, 60))") == "minute must be in 0..59");
  CHECK(message("T.filter(d=time(1, 2, 3, 1000000))") == "microsecond must be in 0..999999");
  CHECK(message("T.filter(d=time(1, 2, 3, 4, 5))") ==
        "time() takes hour, minute, second, microsecond");
  CHECK(message("T.filter(d=time('12'))") == "time() takes integers");
  CHECK(message("T.filter(d=time(1, hour=2))") == "time() got multiple values for 'hour'");
  CHECK(message("T.filter(d=time(tz=1))") == "time() got an unexpected keyword argument 'tz'");
  CHECK(message("T.filter(d=Decimal('1.2.3'))") == "'1.2.3' is not a decimal number");
  CHECK(message("T.filter(d=Decimal('1e5'))") == "'1e5' is not a decimal number");
  CHECK(message("T.filter(d=Decimal(1.5))") ==
        "Decimal() takes one number as a string, as in Decimal(\"1.50\")");
  CHECK(message("T.filter(d=F(1))") == "F() takes one field name as a string, as in F(\"price\")");
  CHECK(message("T.filter(d=F('a', 'b'))") ==
        "F() takes one field name as a string, as in F(\"price\")");
  CHECK(message("T.filter(d=OuterRef(F('a')))") ==
        "OuterRef() takes one field name as a string, or an OuterRef()");
  CHECK(rendered("T.filter(d=date(2021, 2, 29))") ==
        "error[syntax]: day is out of range for month\n"
        " --> line 1, column 26\n"
        "  | T.filter(d=date(2021, 2, 29))\n"
        "  |                          ^^");
  CHECK(rendered(R"(T.filter(s="ab\x4"))") ==
        "error[syntax]: truncated \\xXX escape\n"
        " --> line 1, column 15\n"
        "  | T.filter(s=\"ab\\x4\")\n"
        "  |               ^^^");
}

TEST_CASE("nesting is bounded, so no input exhausts the stack", "[grammar][limits]") {
  const std::string parentheses =
      "T.filter(" + std::string(10000, '(') + "1" + std::string(10000, ')') + ")";
  CHECK(code_of(parentheses) == error_code::limit_exceeded);
  const std::string brackets =
      "T.filter(x=" + std::string(10000, '[') + std::string(10000, ']') + ")";
  CHECK(code_of(brackets) == error_code::limit_exceeded);
  const std::string tildes = "T.filter(" + std::string(10000, '~') + "Q(a=1))";
  CHECK(code_of(tildes) == error_code::limit_exceeded);
  const std::string minuses = "T.filter(x=" + std::string(10000, '-') + "1)";
  CHECK(code_of(minuses) == error_code::limit_exceeded);
  std::string calls = "T.filter(x=";
  for (int i = 0; i < 10000; ++i) calls += "Lower(";
  CHECK(code_of(calls + "'a'" + std::string(10000, ')') + ")") == error_code::limit_exceeded);
  std::string powers = "T.filter(x=2";
  for (int i = 0; i < 10000; ++i) powers += "**2";
  CHECK(code_of(powers + ")") == error_code::limit_exceeded);
  std::string subqueries = "T.filter(";
  for (int i = 0; i < 10000; ++i) subqueries += "x__in=T.objects.filter(";
  CHECK(code_of(subqueries + std::string(10001, ')')) == error_code::limit_exceeded);
  // Long flat chains are not deep: a thousand alternatives are one OR.
  std::string alternatives = "T.filter(Q(w=0)";
  for (int i = 1; i < 1000; ++i) alternatives += " | Q(w=" + std::to_string(i) + ")";
  CHECK(parse_query(alternatives + ")").steps[0].args[0]->args.size() == 1000);
  // The caret points at the bracket that opens one level too many (filter's own is the first).
  const std::string deep = "T.filter(" + std::string(70, '[') + std::string(70, ']') + ")";
  try {
    parse_query(deep);
    FAIL("expected limit_exceeded");
  } catch (const error& e) {
    CHECK(e.code() == error_code::limit_exceeded);
    CHECK(std::string(e.what()) == "brackets, calls and operators nest deeper than 64 levels");
    CHECK(e.span().offset == 9 + 63);
    CHECK(e.span().length == 1);
  }
  const std::string at_limit = "T.filter(" + std::string(63, '[') + std::string(63, ']') + ")";
  CHECK_NOTHROW(parse_query(at_limit));
}

TEST_CASE("over-long and empty inputs are refused", "[grammar][limits]") {
  try {
    parse_query(std::string(max_query_length + 1, ' '));
    FAIL("expected limit_exceeded");
  } catch (const error& e) {
    CHECK(e.code() == error_code::limit_exceeded);
    CHECK(std::string(e.what()) == "query text is 1048577 bytes; at most 1048576 are accepted");
  }
  CHECK(code_of("") == error_code::syntax);
  CHECK(code_of(" \n\t") == error_code::syntax);
}
