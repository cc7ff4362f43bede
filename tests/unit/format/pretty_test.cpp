// SPDX-License-Identifier: MIT
// pretty_sql(): the layout rules on small statements, hostile SQL text kept whole, and, over the
// whole corpus of tests/cases for all four dialects, the same statement as compile() wrote
// (compared without the lexer pretty_sql uses) giving the same rows on SQLite.
#include "sqlweave/pretty.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "sqlweave/parse.hpp"
#include "support/fixture.hpp"

using namespace sqlweave;

namespace {

// True when `laid_out` is `original` with line breaks (each followed by indentation) put where
// `original` had one space, a line break or nothing: no token changed, no line ends in a space.
bool same_statement(std::string_view original, std::string_view laid_out) {
  if (laid_out.find(" \n") != std::string_view::npos) return false;
  std::size_t i = 0, j = 0;
  while (true) {
    if (j < laid_out.size() && laid_out[j] == '\n') {
      ++j;
      while (j < laid_out.size() && laid_out[j] == ' ') ++j;
      if (i < original.size() && (original[i] == ' ' || original[i] == '\n')) ++i;
      continue;
    }
    if (i == original.size() || j == laid_out.size())
      return i == original.size() && j == laid_out.size();
    if (original[i++] != laid_out[j++]) return false;
  }
}

struct corpus_query {
  std::string name, text;
};

// The compiling querysets of tests/cases (`name<TAB>!error<TAB>query` lines expect an error).
std::vector<corpus_query> corpus() {
  std::vector<std::filesystem::path> files;
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(SQLWEAVE_SOURCE_DIR) + "/tests/cases"))
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<corpus_query> out;
  for (const auto& f : files) {
    std::ifstream in(f);
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      const auto tab = line.find('\t');
      if (line.compare(tab + 1, 7, "!error\t") == 0) continue;
      out.push_back({line.substr(0, tab), line.substr(tab + 1)});
    }
  }
  return out;
}

bool is_write(const std::string& query) {
  for (const char* w :
       {".update(", ".delete(", ".create(", ".bulk_create(", ".bulk_update(", "_or_create("})
    if (query.find(w) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("pretty_sql puts one clause a line", "[format]") {
  CHECK(
      pretty_sql(
          R"(SELECT "t"."a" FROM "t" INNER JOIN "u" ON ("t"."u_id" = "u"."id") WHERE "t"."a" = ? GROUP BY "t"."a" HAVING COUNT(*) > ? ORDER BY "t"."a" ASC LIMIT 5 OFFSET 10)",
          dialect_id::sqlite) ==
      "SELECT \"t\".\"a\"\nFROM \"t\"\nINNER JOIN \"u\" ON (\"t\".\"u_id\" = \"u\".\"id\")\n"
      "WHERE \"t\".\"a\" = ?\nGROUP BY \"t\".\"a\"\nHAVING COUNT(*) > ?\n"
      "ORDER BY \"t\".\"a\" ASC\nLIMIT 5\nOFFSET 10");
  CHECK(pretty_sql(R"(UPDATE "t" SET "a" = ? WHERE "t"."id" = ?)", dialect_id::sqlite) ==
        "UPDATE \"t\"\nSET \"a\" = ?\nWHERE \"t\".\"id\" = ?");
  CHECK(pretty_sql(R"(DELETE FROM "t" WHERE "t"."id" = ?)", dialect_id::sqlite) ==
        "DELETE FROM \"t\"\nWHERE \"t\".\"id\" = ?");
  CHECK(
      pretty_sql(
          R"(INSERT INTO "t" ("a") VALUES ($1) ON CONFLICT ("a") DO UPDATE SET "a" = EXCLUDED."a" RETURNING "id")",
          dialect_id::postgresql) ==
      "INSERT INTO \"t\" (\"a\")\nVALUES ($1)\nON CONFLICT (\"a\") DO UPDATE SET \"a\" = "
      "EXCLUDED.\"a\"\nRETURNING \"id\"");
}

TEST_CASE("pretty_sql indents subqueries, and AND/OR groups that hold one or are long",
          "[format]") {
  CHECK(
      pretty_sql(
          R"(SELECT "t"."a" FROM "t" WHERE ("t"."a" = ? OR "t"."id" IN (SELECT U0."id" FROM "u" U0 WHERE U0."b" = ?)))",
          dialect_id::sqlite) ==
      "SELECT \"t\".\"a\"\nFROM \"t\"\nWHERE (\n  \"t\".\"a\" = ?\n  OR \"t\".\"id\" IN (\n"
      "    SELECT U0.\"id\"\n    FROM \"u\" U0\n    WHERE U0.\"b\" = ?\n  )\n)");
  // Short groups stay on their line; BETWEEN's AND joins nothing.
  CHECK(pretty_sql(R"(SELECT "a" FROM "t" WHERE ("a" = ? AND "b" BETWEEN ? AND ?))",
                   dialect_id::sqlite) ==
        "SELECT \"a\"\nFROM \"t\"\nWHERE (\"a\" = ? AND \"b\" BETWEEN ? AND ?)");
  const std::string long_where =
      R"(SELECT "a" FROM "t" WHERE ("some_long_column_name" = ? AND "another_long_column" BETWEEN ? AND ? AND "third_column_name" IS NOT NULL))";
  CHECK(
      pretty_sql(long_where, dialect_id::sqlite) ==
      "SELECT \"a\"\nFROM \"t\"\nWHERE (\n  \"some_long_column_name\" = ?\n"
      "  AND \"another_long_column\" BETWEEN ? AND ?\n  AND \"third_column_name\" IS NOT NULL\n)");
  // Clause words inside function calls and windows stay put.
  CHECK(
      pretty_sql(
          R"(SELECT EXTRACT(YEAR FROM "d"), ROW_NUMBER() OVER (PARTITION BY "a" ORDER BY "b" ASC) FROM "t")",
          dialect_id::postgresql) ==
      "SELECT EXTRACT(YEAR FROM \"d\"), ROW_NUMBER() OVER (PARTITION BY \"a\" ORDER BY \"b\" "
      "ASC)\nFROM \"t\"");
  CHECK(pretty_sql(R"((SELECT "a" FROM "t") UNION ALL (SELECT "a" FROM "u") ORDER BY 1 ASC)",
                   dialect_id::postgresql) ==
        "(\n  SELECT \"a\"\n  FROM \"t\"\n)\nUNION ALL\n(\n  SELECT \"a\"\n  FROM \"u\"\n)\n"
        "ORDER BY 1 ASC");
}

TEST_CASE("pretty_sql keeps quoted text and comments whole", "[format]") {
  // Clause words, parentheses and quotes inside strings, identifiers and comments.
  const std::string hostile[] = {
      R"(SELECT 'a (SELECT '' FROM x WHERE' AS "x FROM (y" FROM "t")",
      R"(SELECT `a``(SELECT` FROM `t` WHERE `b` = 'it\'s (SELECT 1 FROM t' AND `c` = ?)",
      R"(SELECT "a" FROM "t" WHERE "a" = E'it\'s (SELECT' AND "b" = $$ (SELECT x FROM y) $$)",
      R"(SELECT q'[it's (SELECT x FROM y)]' FROM "T" WHERE ("A" = 1 AND "B" = 2))",
      "SELECT \"a\" -- FROM (SELECT\nFROM \"t\" /* WHERE (SELECT */ WHERE \"a\" = 1",
      R"(SELECT 'unterminated (SELECT x FROM y WHERE)",
      R"(SELECT "a" FROM "t" WHERE ((("a" = 1))))",
      R"(SELECT ")) FROM (" FROM "t")",
  };
  for (const auto& sql : hostile) {
    for (auto d : all_dialects) {
      if (d == dialect_id::mysql && sql.find('`') == std::string::npos &&
          sql.find("\\'") != std::string::npos)
        continue;  // E'it\'s': a backslash escapes in MySQL's plain strings too
      INFO(sql << "\n" << to_string(d));
      const std::string laid_out = pretty_sql(sql, d);
      INFO(laid_out);
      CHECK(same_statement(sql, laid_out));
    }
  }
  CHECK(pretty_sql(hostile[0], dialect_id::sqlite) ==
        "SELECT 'a (SELECT '' FROM x WHERE' AS \"x FROM (y\"\nFROM \"t\"");
  CHECK(pretty_sql(hostile[1], dialect_id::mysql) ==
        "SELECT `a``(SELECT`\nFROM `t`\nWHERE `b` = 'it\\'s (SELECT 1 FROM t' AND `c` = ?");
  // A line comment runs to the end of its line: nothing after it moves onto a new one.
  CHECK(pretty_sql("SELECT \"a\" -- FROM \"t\" WHERE 1", dialect_id::sqlite) ==
        "SELECT \"a\" -- FROM \"t\" WHERE 1");
  CHECK(pretty_sql(hostile[4], dialect_id::sqlite) ==
        "SELECT \"a\" -- FROM (SELECT\nFROM \"t\" /* WHERE (SELECT */\nWHERE \"a\" = 1");
  CHECK(pretty_sql(hostile[5], dialect_id::sqlite) == hostile[5]);
}

TEST_CASE("pretty() lays out prefetch statements around their key list", "[format]") {
  const auto c =
      compile(testing::shop_models(),
              parse_query(R"(Product.objects.filter(id__lt=3).prefetch_related("tags"))"),
              dialect_id::postgresql);
  const auto p = pretty(c);
  REQUIRE(p.prefetches.size() == 1);
  CHECK(p.prefetches[0].sql_head.find("\nFROM ") != std::string::npos);
  CHECK(p.prefetches[0].sql_tail == ")");
  CHECK(same_statement(c.prefetches[0].sql_head + "K" + c.prefetches[0].sql_tail,
                       p.prefetches[0].sql_head + "K" + p.prefetches[0].sql_tail));
}

TEST_CASE("pretty SQL of the whole corpus is the same statement on every dialect",
          "[format][corpus]") {
  std::size_t checked = 0;
  for (const auto& q : corpus()) {
    for (auto d : all_dialects) {
      compiled_query c;
      try {
        c = compile(testing::shop_models(), parse_query(q.text), d);
      } catch (const error&) {
        continue;  // a dialect's refusal, pinned by the snapshot suite: nothing to lay out
      }
      const auto p = pretty(c);
      REQUIRE(p.statements.size() == c.statements.size());
      for (std::size_t i = 0; i < c.statements.size(); ++i) {
        INFO(q.name << " " << to_string(d) << "\n" << p.statements[i].sql);
        CHECK(same_statement(c.statements[i].sql, p.statements[i].sql));
        CHECK(p.statements[i].params == c.statements[i].params);
        ++checked;
      }
    }
  }
  CHECK(checked > 1000);
}

TEST_CASE("pretty SQL of the corpus gives the same rows on SQLite", "[format][sqlite]") {
  auto& db = testing::shop_sqlite();
  for (const auto& q : corpus()) {
    compiled_query c;
    try {
      c = compile(testing::shop_models(), parse_query(q.text), dialect_id::sqlite);
    } catch (const error&) {
      continue;  // refused on SQLite (Repeat, LPad, ...): checked by the snapshot suite
    }
    if (q.text.find("order_by(\"?\")") != std::string::npos) continue;  // random order
    if (std::any_of(c.statements.begin(), c.statements.end(),
                    [](const statement& st) { return !st.slots.empty(); }))
      c = c.bind({{"prefix", value("Wid")}, {"country", value("DE")}});
    if (c.runs_nothing()) continue;  // no statement to lay out
    const auto p = pretty(c);
    INFO(q.name << "\n" << p.statements.back().sql);
    if (is_write(q.text)) {
      // Each plan in a transaction rolled back: the same rows written, the fixture unchanged.
      auto affected = [&](const compiled_query& plan) {
        db.begin();
        std::int64_t n = 0;
        // get_or_create()'s insert and update run by what its lookup finds: not here.
        for (const auto& st : plan.statements)
          if (st.rule == run_rule::always) n += db.execute(st);
        db.rollback();
        return n;
      };
      CHECK(affected(p) == affected(c));
      continue;
    }
    testing::rows bound, laid_out;
    auto run = [&](const compiled_query& plan, testing::rows& out) {
      for (const auto& st : plan.statements) out = db.query(st);
    };
    bool refused = false;
    try {
      run(c, bound);
    } catch (const std::exception&) {
      refused = true;  // another database's collation: the laid-out SQL must fail the same way
    }
    if (refused) {
      CHECK_THROWS(run(p, laid_out));
      continue;
    }
    run(p, laid_out);
    CHECK(testing::to_string(laid_out) == testing::to_string(bound));
  }
}
