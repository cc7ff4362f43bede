// SPDX-License-Identifier: MIT
// Real databases for the execution tests: SQLite in memory, and the PostgreSQL and MariaDB
// servers of scripts/db-servers. Parameters are bound natively, never spliced into SQL, and
// rows come back normalised so the three databases can be compared:
//   integers and booleans -> integer (0/1); floats and decimals -> real;
//   dates -> text `YYYY-MM-DD`; datetimes -> text `YYYY-MM-DD HH:MM:SS[.ffffff]`;
//   NULL -> null; anything else -> text.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sqlweave/compile.hpp"
#include "sqlweave/value.hpp"

struct sqlite3;
struct pg_conn;
struct st_mysql;

namespace sqlweave::testing {

using row = std::vector<value>;
using rows = std::vector<row>;

/// One connection to a test database; statements use its native placeholders
/// (`?` for SQLite and MariaDB, `$1` for PostgreSQL).
class database {
 public:
  virtual ~database() = default;

  virtual dialect_id dialect() const = 0;
  /// Runs parameterless SQL, possibly several statements: `db.exec(read_text_file(schema))`.
  virtual void exec(std::string_view sql) = 0;
  /// Runs one statement and returns its rows, normalised:
  /// `db.query(make_statement("SELECT ?", {42}))`.
  virtual rows query(const statement& s) = 0;
  /// Runs one write and returns the rows it affected (matched, for an UPDATE on MariaDB too).
  virtual std::int64_t execute(const statement& s) = 0;

  void begin() { exec("BEGIN"); }
  void commit() { exec("COMMIT"); }
  void rollback() { exec("ROLLBACK"); }

 protected:
  database() = default;
  database(database&&) = default;  // movable, so a factory can return one by value
  database& operator=(database&&) = default;
};

/// A fresh in-memory SQLite database with foreign keys enforced, as Django turns them on.
class sqlite_db final : public database {
 public:
  sqlite_db();

  dialect_id dialect() const override { return dialect_id::sqlite; }
  void exec(std::string_view sql) override;
  rows query(const statement& s) override;
  std::int64_t execute(const statement& s) override;
  sqlite3* handle() const { return db_.get(); }

 private:
  std::unique_ptr<sqlite3, int (*)(sqlite3*)> db_;
};

/// The PostgreSQL database named by the libpq conninfo in SQLWEAVE_PG_CONNINFO.
/// Parameters go as text of unknown type, so the server infers their types from the SQL.
class postgres_db final : public database {
 public:
  postgres_db();

  dialect_id dialect() const override { return dialect_id::postgresql; }
  void exec(std::string_view sql) override;
  rows query(const statement& s) override;
  std::int64_t execute(const statement& s) override;

 private:
  std::unique_ptr<pg_conn, void (*)(pg_conn*)> conn_;
};

/// The MariaDB database named by SQLWEAVE_MYSQL_{HOST,PORT,USER,PASSWORD,DB}, through
/// server-side prepared statements, with Django's connection settings (found rows, utf8mb4).
class mariadb_db final : public database {
 public:
  mariadb_db();

  dialect_id dialect() const override { return dialect_id::mysql; }
  void exec(std::string_view sql) override;
  rows query(const statement& s) override;
  std::int64_t execute(const statement& s) override;

 private:
  std::unique_ptr<st_mysql, void (*)(st_mysql*)> conn_;
};

/// A hand-written statement (aggregate initialisation would have to name every member):
/// `make_statement("SELECT name FROM shop_tag WHERE id = ?", {3})`.
statement make_statement(std::string sql, std::vector<value> params = {});

/// A `regexp(pattern, value)` SQL function (std::regex ECMAScript search; NULL in, NULL out)
/// so that SQLite's `value REGEXP pattern` works: `register_test_regexp(db.handle())`.
void register_test_regexp(sqlite3* db);

/// Equal rows, in order or as multisets; numbers (integer or real) equal within `rel_eps`
/// relative, dates and datetimes equal to their ISO text: `rows_equal(a, b, false)`.
bool rows_equal(const rows& a, const rows& b, bool ordered, double rel_eps = 1e-9);

/// The first ten rows, one a line, for failure messages: `(1, 'Alice', NULL)`.
std::string to_string(const rows& r);

/// The whole content of a file: `read_text_file("tests/fixtures/shop/sqlite-schema.sql")`.
std::string read_text_file(const std::string& path);

/// Inserts a fixture (`{table: {"columns": [...], "rows": [[...], ...]}}`, tables in file order)
/// in one transaction; on PostgreSQL then moves each `id` sequence past the loaded ids.
void load_fixture(database& db, const std::string& fixture_json_path);

}  // namespace sqlweave::testing
