// SPDX-License-Identifier: MIT
// Checks the test databases themselves: the shop schema and fixture load into SQLite,
// PostgreSQL and MariaDB, and hand-written statements give the same rows on all three.
// Needs the servers of scripts/db-servers (`. DIR/env`); without them it fails, on purpose.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/databases.hpp"

namespace {

using namespace sqlweave;
using namespace sqlweave::testing;

const std::filesystem::path shop_dir =
    std::filesystem::path(__FILE__).parent_path().parent_path() / "fixtures" / "shop";

const char* name_of(dialect_id d) {
  switch (d) {
    case dialect_id::sqlite:
      return "sqlite";
    case dialect_id::postgresql:
      return "postgresql";
    case dialect_id::mysql:
      return "mysql";
    case dialect_id::oracle:
      return "oracle";
  }
  return "?";
}

std::string schema_file(dialect_id d) {
  return (shop_dir / (std::string(name_of(d)) + "-schema.sql")).string();
}

/// The three databases with the shop schema and fixture, loaded once per program.
const std::vector<std::unique_ptr<database>>& shop() {
  static const auto dbs = [] {
    std::vector<std::unique_ptr<database>> all;
    all.push_back(std::make_unique<sqlite_db>());
    all.push_back(std::make_unique<postgres_db>());
    all.push_back(std::make_unique<mariadb_db>());
    for (const auto& db : all) {
      db->exec(read_text_file(schema_file(db->dialect())));
      load_fixture(*db, (shop_dir / "fixture.json").string());
    }
    return all;
  }();
  return dbs;
}

/// Test SQL is written with `?`; PostgreSQL wants `$1`, `$2`, ...
statement native(const std::string& sql, std::vector<value> params, dialect_id d) {
  std::string text;
  int n = 0;
  for (const char c : sql) {
    if (c == '?' && d == dialect_id::postgresql) {
      text += "$" + std::to_string(++n);
      continue;
    }
    text += c;
  }
  return make_statement(std::move(text), std::move(params));
}

/// Runs one statement everywhere; every database must return SQLite's rows.
void check_agree(const std::string& sql, const std::vector<value>& params, bool ordered) {
  const auto& dbs = shop();
  const rows expected = dbs.front()->query(native(sql, params, dialect_id::sqlite));
  INFO(sql << "\nsqlite:\n" << testing::to_string(expected));
  CHECK_FALSE(expected.empty());
  for (std::size_t i = 1; i < dbs.size(); ++i) {
    const rows got = dbs[i]->query(native(sql, params, dbs[i]->dialect()));
    INFO(name_of(dbs[i]->dialect()) << ":\n" << testing::to_string(got));
    CHECK(rows_equal(expected, got, ordered));
  }
}

}  // namespace

TEST_CASE("every table holds the fixture's rows", "[databases]") {
  const auto fixture =
      nlohmann::ordered_json::parse(read_text_file((shop_dir / "fixture.json").string()));
  for (const auto& db : shop()) {
    for (const auto& [table, data] : fixture.items()) {
      INFO(name_of(db->dialect()) << " " << table);
      const rows count = db->query(native("SELECT COUNT(*) FROM " + table, {}, db->dialect()));
      CHECK(rows_equal(count, {{value{static_cast<std::int64_t>(data.at("rows").size())}}}, true));
    }
  }
}

TEST_CASE("the three databases agree on parameterized queries", "[databases]") {
  check_agree(
      "SELECT id, name, credit, joined, vip FROM shop_customer WHERE country = ? ORDER BY id",
      {"GR"}, true);
  check_agree(
      "SELECT id, last_login, score, notes FROM shop_customer WHERE last_login > ? ORDER BY id",
      {datetime{{2022, 1, 1}, 0, 0, 0}}, true);
  check_agree(
      "SELECT id, price, cost, weight, active, released, created FROM shop_product"
      " WHERE price BETWEEN ? AND ? AND active = ?",
      {decimal{"10.00"}, decimal{"500"}, true}, false);
  check_agree(
      "SELECT id, nick, birth_date, newsletter, height_cm FROM shop_profile"
      " WHERE birth_date IS NULL OR birth_date < ?",
      {date{1990, 6, 1}}, false);
  check_agree(
      "SELECT customer_id, COUNT(*), SUM(total), MAX(placed), MIN(shipped) FROM shop_order"
      " WHERE placed >= ? GROUP BY customer_id",
      {"2020-01-01"}, false);
  check_agree("SELECT id, COALESCE(?, discount) FROM shop_order WHERE id <= ? ORDER BY id",
              {nullptr, 10}, true);
  check_agree("SELECT id, name FROM shop_tag WHERE name LIKE ? ESCAPE '!'", {"%!_%"}, false);
  check_agree("SELECT id, slug FROM shop_categories WHERE name = ?", {"Küche"}, false);
}

TEST_CASE("MariaDB compares and divides like the MySQL server of Django's reference",
          "[databases]") {
  auto& mariadb = *shop().back();
  REQUIRE(mariadb.dialect() == dialect_id::mysql);
  // utf8mb4_unicode_ci: `=` ignores case, so 'Alice Smith' and 'alice smith' both match.
  CHECK(rows_equal(mariadb.query(native("SELECT COUNT(*) FROM shop_customer WHERE name = ?",
                                        {"ALICE SMITH"}, dialect_id::mysql)),
                   {{value{2}}}, true));
  // div_precision_increment = 4: AVG of integers keeps 4 decimals (Django's rows show 4.3333).
  CHECK(rows_equal(mariadb.query(native("SELECT AVG(rating) FROM shop_review WHERE product_id = ?",
                                        {20}, dialect_id::mysql)),
                   {{value{4.3333}}}, true));
}

TEST_CASE("long text comes back whole", "[databases]") {
  std::string long_text;
  for (int i = 0; i < 300; ++i) long_text += "Straße ";
  for (const auto& db : shop()) {
    INFO(name_of(db->dialect()));
    const rows got = db->query(
        native("SELECT id, ? FROM shop_tag WHERE id = ?", {long_text, 11}, db->dialect()));
    CHECK(rows_equal(got, {{value{11}, value{long_text}}}, true));
  }
}

TEST_CASE("writes count matched rows and roll back", "[databases]") {
  for (const auto& db : shop()) {
    INFO(name_of(db->dialect()));
    const auto vip_count = [&] {
      return db->query(
          native("SELECT COUNT(*) FROM shop_customer WHERE vip = ?", {true}, db->dialect()));
    };
    const rows before = vip_count();
    db->begin();
    // Matched, not changed: of the 4 GR customers 2 are VIPs, yet MariaDB must report 4 too.
    CHECK(db->execute(native("UPDATE shop_customer SET vip = ? WHERE country = ?", {false, "GR"},
                             db->dialect())) == 4);
    // A fresh key after the fixture's explicit ids (PostgreSQL: the sequence was moved on).
    CHECK(db->execute(native("INSERT INTO shop_tag (name, weight) VALUES (?, ?)", {"fresh", 1},
                             db->dialect())) == 1);
    db->rollback();
    CHECK(rows_equal(vip_count(), before, true));
  }
}

TEST_CASE("the test regexp() follows std::regex search semantics", "[databases]") {
  sqlite_db db;
  register_test_regexp(db.handle());
  const auto one = [&](value pattern, value text) {
    return db.query(make_statement("SELECT ? REGEXP ?", {std::move(text), std::move(pattern)}))
        .at(0)
        .at(0);
  };
  CHECK(one("^[a-z]+$", "sale") == value{1});
  CHECK(one("b", "abc") == value{1});
  CHECK(one("^b", "abc") == value{0});
  CHECK(one("x", nullptr).is_null());
  CHECK(one(nullptr, "x").is_null());
  CHECK_THROWS_WITH(one("(", "x"), Catch::Contains("sqlite"));
}

TEST_CASE("rows compare with tolerance, as multisets unless ordered", "[databases]") {
  const rows a{
      {value{1}, value{"x"}}, {value{2.0}, value{date{2024, 2, 29}}}, {value{}, value{0.1 + 0.2}}};
  const rows b{{value{}, value{0.3}}, {value{1.0}, value{"x"}}, {value{2}, value{"2024-02-29"}}};
  CHECK(rows_equal(a, b, false));
  CHECK_FALSE(rows_equal(a, b, true));
  CHECK_FALSE(rows_equal(a, {b[0], b[1]}, false));
  CHECK_FALSE(rows_equal({{value{1}}}, {{value{"1"}}}, false));
  CHECK_FALSE(rows_equal({{value{1.0}}}, {{value{1.001}}}, false));
  CHECK(testing::to_string(a) == "(1, 'x')\n(2.0, '2024-02-29')\n(NULL, 0.30000000000000004)\n");
}
