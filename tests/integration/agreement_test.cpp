// SPDX-License-Identifier: MIT
// The same fixture in SQLite, PostgreSQL and MariaDB (tables made by sqlweave's own DDL), every
// corpus queryset compiled for each and executed there: the three must return the same rows,
// and the reference querysets must return Django's. Write plans must leave the three databases
// in the same state. Needs the servers of scripts/db-servers (scripts/with-db-servers).
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include "sqlweave/compile.hpp"
#include "sqlweave/ddl.hpp"
#include "sqlweave/parse.hpp"
#include "support/fixture.hpp"
#include "support/reference.hpp"

using namespace sqlweave;
using testing::database;
using testing::rows;

namespace {

struct corpus_case {
  std::string name;
  std::string query;
  bool may_fail = false;  // a `!error` case: refused on some or all dialects
};

std::vector<corpus_case> corpus() {
  std::vector<corpus_case> out;
  const std::filesystem::path dir = std::string(SQLWEAVE_SOURCE_DIR) + "/tests/cases";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const auto tab = line.find('\t');
      auto query = line.substr(tab + 1);
      const bool may_fail = query.starts_with("!error\t");
      if (may_fail) query.erase(0, 7);
      out.push_back({line.substr(0, tab), query, may_fail});
    }
  }
  return out;
}

// Queries whose rows legitimately differ between databases, and why.
const std::map<std::string, std::string>& known_differences() {
  static const std::map<std::string, std::string> m{
      {"order/random", "ORDER BY random: no two runs agree"},
      {"lookups/icontains_non_ascii", "SQLite's LIKE folds ASCII letters only"},
      {"expressions/upper_length", "SQLite's UPPER changes ASCII letters only"},
      {"mixed/q15", "MariaDB's collation matches names regardless of case in IN (subquery)"},
      {"mixed/q24",
       "NULLs sort first on SQLite and MariaDB, last on PostgreSQL; the slice differs"},
      {"mixed/q33", "MariaDB groups 'Paris' with 'PARIS' (case-insensitive collation)"},
      {"mixed/q41", "MariaDB's DISTINCT merges 'paid' and 'PAID' (case-insensitive collation)"},
      {"expressions/greatest", "PostgreSQL's GREATEST ignores NULLs, the others return NULL"},
      {"found/avg_filter_not_q_multi",
       "MariaDB groups 'paid' with 'PAID' (case-insensitive collation)"},
      {"classes/correlated_count_case_sensitive",
       "MariaDB's subquery cache keys outer values without case: 'Paris' gets 'PARIS''s count"},
      {"functions/cast_text",
       "a decimal cast to text keeps its scale on the servers ('0.00'), not on SQLite"},
      {"functions/chr",
       "MySQL's CHAR(n USING utf16), Django's form, is not a prefix LIKE BINARY matches"},
      {"functions/length_lower_upper", "SQLite's LOWER and UPPER change ASCII letters only"},
      {"functions/text_nested", "SQLite's UPPER changes ASCII letters only"},
      {"functions/nullif", "MariaDB's collation compares 'berlin' equal to 'Berlin'"},
      {"functions/ord",
       "MySQL's ORD gives a multi-byte character's bytes, the others its code point"},
      {"functions/strindex", "MariaDB's INSTR ignores case (case-insensitive collation)"},
      {"functions/strindex_field", "MariaDB's INSTR ignores case (case-insensitive collation)"},
      {"functions/collate_nocase", "a collation is the database's own: 'nocase' is SQLite's"},
      {"functions/collate_c_order", "a collation is the database's own: 'C' is PostgreSQL's"},
      {"functions/collate_utf8mb4_bin",
       "a collation is the database's own: 'utf8mb4_bin' is MariaDB's"},
      {"functions/concat_nested", "SQLite's UPPER and LOWER change ASCII letters only"},
      {"functions/greatest_nulls", "PostgreSQL's GREATEST ignores NULLs, the others return NULL"},
      {"functions/least_text", "text compares by each database's own collation"},
      {"functions/round_negative",
       "a float's .5 rounds away from zero on SQLite, to even on PostgreSQL and MariaDB"},
      {"functions/window_count_star",
       "MariaDB partitions 'paid' with 'PAID' (case-insensitive collation)"},
      {"functions/window_multiple_order",
       "MariaDB partitions 'paid' with 'PAID' (case-insensitive collation)"},
      {"functions/window_ntile_partition",
       "MariaDB partitions 'paid' with 'PAID' (case-insensitive collation)"},
      {"functions/window_stddev",
       "MariaDB partitions 'paid' with 'PAID' (case-insensitive collation)"},
  };
  return m;
}

// The parameters the corpus' named placeholders are bound to.
const std::map<std::string, value, std::less<>>& bindings() {
  static const std::map<std::string, value, std::less<>> b{{"prefix", value("Wid")},
                                                           {"country", value("DE")}};
  return b;
}

struct servers {
  testing::sqlite_db sqlite;
  testing::postgres_db postgres;
  testing::mariadb_db mariadb;
  std::vector<database*> all() { return {&sqlite, &postgres, &mariadb}; }
};

servers& dbs() {
  static servers s = [] {
    servers x;
    for (database* db : x.all()) {
      for (const auto& stmt : ddl(testing::shop_models(), db->dialect())) db->exec(stmt);
      testing::load_fixture(*db, testing::shop_file("fixture.json"));
    }
    return x;
  }();
  return s;
}

rows run(database& db, const compiled_query& c) {
  rows out;
  for (const auto& st : c.statements) out = db.query(st);
  return out;
}

bool is_write(const std::string& query) {
  for (const char* w :
       {".update(", ".delete(", ".create(", ".bulk_create(", ".bulk_update(", "_or_create("})
    if (query.find(w) != std::string::npos) return true;
  return false;
}

// A plan (explain()) is each database's own text, with formats of its own: nothing to agree on.
bool is_plan(const std::string& query) {
  return query.find(".explain(") != std::string::npos;
}

}  // namespace

TEST_CASE("sqlweave's DDL creates the schema on SQLite, PostgreSQL and MariaDB", "[servers][ddl]") {
  for (database* db : dbs().all()) {
    INFO(to_string(db->dialect()));
    const auto count = db->query(testing::make_statement("SELECT COUNT(*) FROM shop_customer"));
    CHECK(count.at(0).at(0).as_int() == 40);
  }
}

TEST_CASE("the reference querysets return Django's rows on PostgreSQL and MariaDB",
          "[servers][reference]") {
  std::size_t checked = 0;
  for (const auto& c : testing::reference_cases()) {
    const auto q = parse_query(c.query);
    for (database* db :
         {static_cast<database*>(&dbs().postgres), static_cast<database*>(&dbs().mariadb)}) {
      const auto compiled = compile(testing::shop_models(), q, db->dialect());
      INFO(c.id << " " << c.query << "\n"
                << to_string(db->dialect()) << ": " << compiled.statements.back().sql);
      const rows got = run(*db, compiled);
      INFO(testing::to_string(got));
      CHECK(testing::matches_reference(c, db->dialect(), got));
      ++checked;
    }
  }
  std::cout << fmt::format("reference: {} querysets x 2 server databases checked against Django\n",
                           testing::reference_cases().size());
  CHECK(checked == 2 * testing::reference_cases().size());
}

TEST_CASE("every corpus queryset returns the same rows on the three databases",
          "[servers][agreement]") {
  std::size_t compared = 0, skipped = 0;
  for (const auto& c : corpus()) {
    if (c.name.rfind("errors/", 0) == 0 || is_write(c.query) || is_plan(c.query) ||
        known_differences().count(c.name)) {
      ++skipped;
      continue;
    }
    const auto q = parse_query(c.query);
    // A database that refuses the queryset with a typed "unsupported" (intersection() on MySQL)
    // sits this one out; the others must still agree.
    std::vector<rows> results;
    std::vector<std::string> sql, names;
    for (database* db : dbs().all()) {
      compiled_query compiled;
      try {
        compiled = compile(testing::shop_models(), q, db->dialect()).bind(bindings());
      } catch (const error& e) {
        if (e.code() != error_code::unsupported && !c.may_fail) throw;
        continue;
      }
      names.emplace_back(to_string(db->dialect()));
      // aggregate() of nothing: Django's {} without a statement, on each database alike.
      sql.push_back(compiled.runs_nothing() ? "(no statement)" : compiled.statements.back().sql);
      results.push_back(run(*db, compiled));
    }
    if (results.size() < 2) {
      ++skipped;
      continue;
    }
    std::string shown = c.name + ": " + c.query;
    for (std::size_t i = 0; i < results.size(); ++i)
      shown += "\n" + names[i] + ": " + sql[i] + "\n" + testing::to_string(results[i]);
    INFO(shown);
    // MariaDB keeps 4 decimals of AVG (div_precision_increment): compare reals to 1e-4.
    for (std::size_t i = 1; i < results.size(); ++i)
      CHECK(testing::rows_equal(results[0], results[i], false, 1e-4));
    ++compared;
  }
  std::cout << fmt::format("agreement: {} querysets x 3 databases compared, {} skipped\n", compared,
                           skipped);
  CHECK(compared > 100);
}

TEST_CASE("write plans leave the three databases in the same state", "[servers][writes]") {
  struct write_case {
    const char* query;
    const char* check;  // a query over the touched tables, compared after the plan
  };
  const write_case cases[] = {
      {R"(Product.objects.filter(stock__lt=5).update(stock=F("stock") + 10))",
       R"(Product.objects.values_list("id", "stock"))"},
      {R"(Product.objects.filter(category__name="Phones").update(active=False, cost=None))",
       R"(Product.objects.values_list("id", "active", "cost"))"},
      {R"(Order.objects.filter(status="cancelled").delete())",
       R"(OrderLine.objects.values_list("id", "order_id"))"},
      {R"(Customer.objects.filter(country="DE").delete())",
       R"(Review.objects.values_list("id", "author_id"))"},
      {R"(Tag.objects.bulk_create([Tag(name="fresh"), Tag(name="bold", weight=3)]))",
       R"(Tag.objects.values_list("name", "weight"))"},
      {R"(Tag.objects.bulk_create([Tag(name="sale", weight=9), Tag(name="brand-new")], update_conflicts=True, update_fields=["weight"], unique_fields=["name"]))",
       R"(Tag.objects.values_list("name", "weight"))"},
      {R"(Product.objects.bulk_update([Product(id=1, stock=3), Product(id=2, stock=F("stock") - 1)], ["stock"]))",
       R"(Product.objects.values_list("id", "stock"))"},
  };
  for (const auto& w : cases) {
    std::vector<rows> after;
    for (database* db : dbs().all()) {
      if (db->dialect() == dialect_id::mysql &&
          std::string(w.query).find("unique_fields") != std::string::npos) {
        after.push_back(after.front());  // MySQL upserts on any unique key: no unique_fields
        continue;
      }
      INFO(w.query << " on " << to_string(db->dialect()));
      db->begin();
      for (const auto& st :
           compile(testing::shop_models(), parse_query(w.query), db->dialect()).statements)
        db->execute(st);
      after.push_back(
          run(*db, compile(testing::shop_models(), parse_query(w.check), db->dialect())));
      db->rollback();
    }
    INFO(w.query);
    CHECK(testing::rows_equal(after[0], after[1], false));
    CHECK(testing::rows_equal(after[0], after[2], false));
  }
}

TEST_CASE("hostile values are inert on SQLite, PostgreSQL and MariaDB", "[servers][security]") {
  const std::string hostile[] = {
      "x'); DROP TABLE shop_tag; --", "\" OR 1=1 --", "a`b", "back\\slash\\", "50%_off", "/* c */",
      std::string("nul\0byte", 8)};
  for (database* db : dbs().all()) {
    INFO(to_string(db->dialect()));
    const auto before =
        db->query(testing::make_statement("SELECT COUNT(*) FROM shop_tag")).at(0).at(0).as_int();
    for (const auto& h : hostile) {
      INFO(h);
      ast::query q = parse_query(
          R"(Tag.objects.filter(Q(name=:v) | Q(name__icontains=:v) | Q(name__in=[:v, "x"])))");
      const auto c = compile(testing::shop_models(), q, db->dialect()).bind({{"v", value(h)}});
      CHECK(c.statements.at(0).sql.find(h) == std::string::npos);
      try {
        CHECK(db->query(c.statements.at(0)).empty());
      } catch (const std::exception& e) {
        // PostgreSQL refuses a NUL byte in text outright: refused, not run.
        INFO(e.what());
        CHECK((db->dialect() == dialect_id::postgresql && h.find('\0') != std::string::npos));
      }
    }
    CHECK(
        db->query(testing::make_statement("SELECT COUNT(*) FROM shop_tag")).at(0).at(0).as_int() ==
        before);
  }
}
