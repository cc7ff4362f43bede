// SPDX-License-Identifier: MIT
// statement_cache gives exactly what compile() gives: every queryset of the test corpus
// (tests/cases and tests/rejects), compiled for every dialect and paramstyle, then again from
// the cache, then with other values of the same kinds, which hit the cache when only bound
// values changed, must give compile()'s SQL, parameters, columns and plans, or its error.
#include "sqlweave/statement_cache.hpp"

#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <thread>

#include "sqlweave/parse.hpp"
#include "support/fixture.hpp"

using namespace sqlweave;

namespace {

constexpr paramstyle all_styles[] = {paramstyle::qmark,  paramstyle::numeric,  paramstyle::named,
                                     paramstyle::format, paramstyle::pyformat, paramstyle::dollar};

std::string shown(const value& v) {
  return fmt::format("{}:{}", static_cast<int>(v.kind()), v.is_null() ? "" : v.to_string());
}

void add_columns(std::string& out, const result_columns& columns) {
  for (const auto& c : columns) out += fmt::format(" [{} {} {}]", c.label, c.model, c.field);
}

/// Everything compile() returns, as text, or its error.
std::string outcome(const std::function<compiled_query()>& compile_it) {
  compiled_query c;
  try {
    c = compile_it();
  } catch (const error& e) {
    return fmt::format("error {}: {}", to_string(e.code()), e.what());
  }
  std::string out = fmt::format("{} {} {} {} {} {}\n", to_string(c.dialect), to_string(c.style),
                                c.returns_bool, c.single_row, c.is_write, c.keyed_by);
  for (const auto& st : c.statements) {
    out += fmt::format("{} {} {} | {}\n params:", static_cast<int>(st.role), st.counted, st.note,
                       st.sql);
    for (const auto& p : st.params) out += ' ' + shown(p);
    for (const auto& s : st.slots)
      out += fmt::format(" slot {} {} {}", s.index, s.name, static_cast<int>(s.wrap));
    add_columns(out, st.columns);
    out += '\n';
  }
  for (const auto& p : c.prefetches) {
    out += fmt::format("prefetch {} {} {} {} | {} | {}", p.path, p.source, p.key_column,
                       p.match_column, p.sql_head, p.sql_tail);
    add_columns(out, p.columns);
    out += '\n';
  }
  return out;
}

/// `q` with every literal changed to another value of the same kind and ast::shape_class.
ast::query perturbed(const ast::query& q);

ast::expr perturbed(const ast::expr& e) {
  ast::node n = *e;
  for (auto& a : n.args) a = perturbed(a);
  for (auto& k : n.kwargs) k.value = perturbed(k.value);
  if (n.sub) n.sub = std::make_shared<const ast::query>(perturbed(*n.sub));
  if (n.kind == ast::node_kind::literal) {
    const value& v = n.val;
    switch (v.kind()) {
      case value_kind::boolean: n.val = value(!v.as_bool()); break;
      case value_kind::integer:
        if (v.as_int() > 1) n.val = value(v.as_int() + 7);
        if (v.as_int() < 0) n.val = value(v.as_int() - 7);
        break;
      case value_kind::real: n.val = value(v.as_real() + 0.25); break;
      case value_kind::text:
        if (!v.as_text().empty()) n.val = value(v.as_text() + "z");
        break;
      case value_kind::date: {
        date d = v.as_date();
        if (d.day < 28) ++d.day;
        n.val = value(d);
        break;
      }
      case value_kind::time: {
        time_of_day t = v.as_time();
        if (t.minute < 59) ++t.minute;
        n.val = value(t);
        break;
      }
      case value_kind::duration:
        n.val = value(duration{v.as_duration().microseconds + 1000});
        break;
      case value_kind::bytes: n.val = value(bytes{v.as_bytes().data + "z"}); break;
      default: break;
    }
  }
  return ast::make_node(std::move(n));
}

ast::query perturbed(const ast::query& q) {
  ast::query out = q;
  for (auto& st : out.steps) {
    for (auto& a : st.args) a = perturbed(a);
    for (auto& k : st.kwargs) k.value = perturbed(k.value);
  }
  return out;
}

/// The querysets of every .tsv corpus under tests/cases and tests/rejects (second column).
std::vector<std::string> corpus() {
  std::vector<std::string> texts;
  for (const char* dir : {"/tests/cases", "/tests/rejects"})
    for (const auto& file :
         std::filesystem::directory_iterator(SQLWEAVE_SOURCE_DIR + std::string(dir))) {
      if (file.path().extension() != ".tsv") continue;
      std::ifstream in(file.path());
      for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        const auto tab = line.find('\t');
        if (tab == std::string::npos) continue;
        const auto end = line.find('\t', tab + 1);
        texts.push_back(line.substr(tab + 1, end == std::string::npos ? end : end - tab - 1));
      }
    }
  return texts;
}

}  // namespace

TEST_CASE("statement_cache gives compile()'s output for the whole corpus", "[cache]") {
  const schema& db = testing::shop_models();
  std::vector<ast::query> queries;
  for (const auto& text : corpus()) {
    try {
      queries.push_back(parse_query(text));
    } catch (const error&) {
      // Refused by the parser: nothing reaches compile(), so nothing to cache.
    }
  }
  REQUIRE(queries.size() > 1000);
  statement_cache cache(db, 1 << 16);
  bound_query reused;  // compile_into() writes over the values of whatever it held
  std::size_t mismatches = 0;
  std::size_t missed_repeats = 0;
  std::size_t changed_hits = 0;
  for (const auto d : all_dialects)
    for (const auto style : all_styles) {
      const compile_options options{style};
      for (const auto& q : queries) {
        const auto other = perturbed(q);
        const auto plain = outcome([&] { return compile(db, q, d, options); });
        const auto plain_other = outcome([&] { return compile(db, other, d, options); });
        for (const int round : {0, 1, 2}) {  // a miss, the same queryset again, a changed one
          const auto* form = round < 2 ? &q : &other;
          const auto& want = round < 2 ? plain : plain_other;
          const auto hits_before = cache.stats().hits;
          const auto cached = outcome([&] { return cache.compile(*form, d, options); });
          const bool hit = cache.stats().hits > hits_before;
          // The same queryset again always hits; a changed one hits when its values are bound.
          if (round == 1 && !hit && !want.starts_with("error")) ++missed_repeats;
          if (round == 2 && hit) ++changed_hits;
          const auto shared = outcome([&] {
            cache.compile_into(*form, d, options, reused);
            return reused.to_compiled();
          });
          for (const auto* got : {&cached, &shared}) {
            if (*got == want) continue;
            if (++mismatches <= 5) {
              INFO("dialect " << to_string(d) << ", " << to_string(style));
              CHECK(*got == want);
            }
          }
        }
      }
    }
  CHECK(mismatches == 0);
  CHECK(missed_repeats == 0);
  // Changed querysets hit where only bound values changed; the others (changed field names,
  // refusals) miss, so this counts that hits happen, not how often a program's would.
  CHECK(changed_hits > queries.size() * 2);
}

TEST_CASE("statement_cache keeps at most its capacity, dropping the least recently used",
          "[cache]") {
  const schema& db = testing::shop_models();
  statement_cache cache(db, 2);
  const auto a = parse_query(R"(Product.objects.filter(name="a"))");
  const auto b = parse_query(R"(Product.objects.filter(stock=1))");
  const auto c = parse_query(R"(Product.objects.filter(price__gt=1))");
  for (const auto* q : {&a, &b, &a, &c, &a}) (void)cache.compile(*q, dialect_id::sqlite);
  auto s = cache.stats();
  CHECK(s.size == 2);
  CHECK(s.misses == 3);  // a, b, c; b was dropped for c, a kept as the most recent
  CHECK(s.hits == 2);
  (void)cache.compile(b, dialect_id::sqlite);
  CHECK(cache.stats().misses == 4);
  cache.clear();
  CHECK(cache.stats().size == 0);
}

TEST_CASE("statement_cache binds the values of the queryset it is given", "[cache]") {
  const schema& db = testing::shop_models();
  statement_cache cache(db);
  const auto first = cache.compile(parse_query(R"(Product.objects.filter(name__startswith="Wi_"))"),
                                   dialect_id::postgresql);
  const auto second = cache.compile(parse_query(R"(Product.objects.filter(name__startswith="Dj"))"),
                                    dialect_id::postgresql);
  CHECK(cache.stats().hits == 1);
  CHECK(first.statements.at(0).sql == second.statements.at(0).sql);
  CHECK(first.statements.at(0).params == std::vector<value>{value(R"(Wi\_%)")});
  CHECK(second.statements.at(0).params == std::vector<value>{value("Dj%")});
  // A value compile() writes into the SQL, or decides by, is part of the shape.
  (void)cache.compile(parse_query(R"(Product.objects.filter(description__isnull=True))"),
                      dialect_id::postgresql);
  const auto not_null = cache.compile(
      parse_query(R"(Product.objects.filter(description__isnull=False))"), dialect_id::postgresql);
  CHECK(not_null.statements.at(0).sql.find("IS NOT NULL") != std::string::npos);
}

TEST_CASE("statement_cache binds the literals under wrapper nodes in their order", "[cache]") {
  const schema& db = testing::shop_models();
  // Q leaves over IN lists and ranges, a negated Q, a subquery and keyword arguments beside
  // them: each pair differs only in bound values (all above 1: the same shape_class).
  const std::vector<std::pair<std::string, std::string>> pairs{
      {R"(Product.objects.filter(~Q(category_id__in=[2, 3]), stock__gt=4))",
       R"(Product.objects.filter(~Q(category_id__in=[7, 8]), stock__gt=9))"},
      {R"(Product.objects.filter(Q(stock__range=(2, 3)) | ~(Q(stock=4) & Q(id__in=[5])), id=6))",
       R"(Product.objects.filter(Q(stock__range=(12, 13)) | ~(Q(stock=14) & Q(id__in=[15])), id=16))"},
      {R"(Customer.objects.filter(Exists(Review.objects.filter(author=OuterRef("pk"), rating__in=[2, 3])), id__gt=4))",
       R"(Customer.objects.filter(Exists(Review.objects.filter(author=OuterRef("pk"), rating__in=[5, 6])), id__gt=7))"},
  };
  for (const auto d : all_dialects) {
    statement_cache cache(db);
    for (const auto& [a_text, b_text] : pairs) {
      INFO(to_string(d) << ": " << b_text);
      const auto a = parse_query(a_text);
      const auto b = parse_query(b_text);
      CHECK(outcome([&] { return cache.compile(a, d); }) ==
            outcome([&] { return compile(db, a, d); }));
      CHECK(outcome([&] { return cache.compile(b, d); }) ==
            outcome([&] { return compile(db, b, d); }));
    }
    CHECK(cache.stats().hits == pairs.size());  // each b a hit on its a
  }
}

TEST_CASE("statement_cache is safe to share between threads", "[cache]") {
  const schema& db = testing::shop_models();
  statement_cache cache(db, 4);
  std::vector<ast::query> queries;
  for (int i = 0; i < 8; ++i)
    queries.push_back(parse_query(
        fmt::format(R"(Product.objects.filter(stock__gt={}, name="n{}")[:{}])", i, i, i % 5 + 1)));
  std::vector<std::string> want;
  for (const auto& q : queries)
    want.push_back(outcome([&] { return compile(db, q, dialect_id::mysql); }));
  std::vector<int> wrong(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        const std::size_t i = static_cast<std::size_t>(round + t) % queries.size();
        if (outcome([&] { return cache.compile(queries[i], dialect_id::mysql); }) != want[i])
          ++wrong[static_cast<std::size_t>(t)];
      }
    });
  for (auto& th : threads) th.join();
  CHECK(wrong == std::vector<int>(4, 0));
}

TEST_CASE("statement_cache keys IN lists by length, Oracle's 1000-item split included", "[cache]") {
  const schema& db = testing::shop_models();
  statement_cache cache(db);
  auto in_list = [](int n, int first) {
    std::string text = "Product.objects.filter(id__in=[";
    for (int i = 0; i < n; ++i) text += fmt::format("{}{}", i ? ", " : "", first + i);
    return parse_query(text + "]).prefetch_related(\"reviews\")");
  };
  for (const auto d : all_dialects)
    for (const int n : {3, 1000, 1001, 1500})
      for (const int first : {10, 5000}) {  // both above 1: the same shape_class
        const auto q = in_list(n, first);
        INFO(to_string(d) << ", " << n << " items from " << first);
        CHECK(outcome([&] { return cache.compile(q, d); }) ==
              outcome([&] { return compile(db, q, d); }));
      }
  // Each length is its own shape; the second list of each length is a hit.
  CHECK(cache.stats().misses == 4 * 4);
  CHECK(cache.stats().hits == 4 * 4);
}

TEST_CASE("statement_cache tells apart querysets a weak key would confuse", "[cache]") {
  const schema& db = testing::shop_models();
  auto in_list = [](int n) {
    std::string text = "Product.objects.filter(id__in=[";
    for (int i = 0; i < n; ++i) text += fmt::format("{}{}", i ? ", " : "", i + 2);
    return text + "])";
  };
  struct pair {
    std::string a, b;
    bool same_shape;  // differ only in literals compile() writes into the SQL
  };
  const std::vector<pair> pairs{
      // names swapped between steps, and between keywords
      {R"(Product.objects.filter(name__startswith="a").exclude(sku__startswith="b"))",
       R"(Product.objects.filter(sku__startswith="a").exclude(name__startswith="b"))", false},
      {R"(Product.objects.annotate(a=F("price")).annotate(b=F("stock")))",
       R"(Product.objects.annotate(b=F("price")).annotate(a=F("stock")))", false},
      {R"(Product.objects.annotate(a=F("price"), b=F("stock")))",
       R"(Product.objects.annotate(a=F("stock"), b=F("price")))", false},
      {R"(Product.objects.filter(Q(stock=1) | Q(price=2)))",
       R"(Product.objects.filter(Q(price=1) | Q(stock=2)))", false},
      {R"(Product.objects.filter((Q(stock=1) | Q(stock=2)) & Q(stock=3)))",
       R"(Product.objects.filter(Q(stock=1) | (Q(stock=2) & Q(stock=3))))", false},
      {R"(Product.objects.values("name").order_by("sku"))",
       R"(Product.objects.values("sku").order_by("name"))", true},
      // IN lists of different lengths, across Oracle's 1000-item split
      {in_list(2), in_list(3), false},
      {in_list(1000), in_list(1001), false},
      {in_list(1001), in_list(2001), false},
      // prefetch plans
      {R"(Product.objects.filter(stock=1).prefetch_related("reviews"))",
       R"(Product.objects.filter(stock=1).prefetch_related("tags"))", true},
      {R"(Product.objects.filter(stock=1).prefetch_related("reviews"))",
       R"(Product.objects.filter(stock=1))", false},
      {R"(Product.objects.filter(stock=1)[2:5])", R"(Product.objects.filter(stock=1)[3:5])", false},
      // inlined names of every length the hit compares as one word (1 to 8 bytes) or by memcmp,
      // differing in their last byte only
      {R"(Product.objects.order_by("id"))", R"(Product.objects.order_by("pk"))", true},
      {R"(Product.objects.order_by("sku"))", R"(Product.objects.order_by("skv"))", true},
      {R"(Product.objects.order_by("name"))", R"(Product.objects.order_by("namf"))", true},
      {R"(Product.objects.order_by("-price"))", R"(Product.objects.order_by("-stock"))", true},
      {R"(Product.objects.order_by("-created"))", R"(Product.objects.order_by("-createe"))", true},
      {R"(Product.objects.order_by("-category"))", R"(Product.objects.order_by("-categorz"))",
       true},
      // a step's argument and keyword counts share a word of the key
      {R"(Product.objects.annotate(n=Count("tags")))", R"(Product.objects.annotate(Count("tags")))",
       false},
  };
  for (const auto& [a_text, b_text, same_shape] : pairs) {
    const auto a = parse_query(a_text);
    const auto b = parse_query(b_text);
    INFO(a_text.substr(0, 120) << " / " << b_text.substr(0, 120));
    CHECK((ast::shape_of(a) == ast::shape_of(b)) == same_shape);
    for (const auto d : all_dialects) {
      // One cache across paramstyles: each style is its own key.
      statement_cache cache(db);
      for (const auto style : all_styles) {
        const compile_options options{style};
        INFO(to_string(d) << ", " << to_string(style));
        for (const auto* q : {&a, &b, &a})
          CHECK(outcome([&] { return cache.compile(*q, d, options); }) ==
                outcome([&] { return compile(db, *q, d, options); }));
      }
      CHECK(cache.stats().hits == std::size(all_styles));  // a again, each style
    }
  }
}
