// SPDX-License-Identifier: MIT
// Real databases for the execution tests: SQLite in memory, and the PostgreSQL and MariaDB
// servers of scripts/db-servers, opened with the library's executors. Parameters are bound
// natively, never spliced into SQL, and rows come back normalised so the three databases can be
// compared:
//   integers and booleans -> integer (0/1); floats and decimals -> real; durations -> integer
//   microseconds; dates -> text `YYYY-MM-DD`; datetimes -> text `YYYY-MM-DD HH:MM:SS[.ffffff]`;
//   times -> text `HH:MM:SS[.ffffff]`; NULL -> null; anything else -> text.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sqlweave/compile.hpp"
#include "sqlweave/exec.hpp"
#include "sqlweave/value.hpp"

namespace sqlweave::testing {

using row = std::vector<value>;
using rows = std::vector<row>;

/// One connection to a test database, through the library's executors (sqlweave/exec.hpp);
/// statements use its native placeholders (`?` for SQLite and MariaDB, `$1` for PostgreSQL).
class database {
 public:
  dialect_id dialect() const { return conn_->dialect(); }
  /// Runs parameterless SQL, possibly several statements: `db.exec(read_text_file(schema))`.
  void exec(std::string_view sql) { conn_->execute_script(sql); }
  /// Runs one statement and returns its rows, normalised:
  /// `db.query(make_statement("SELECT ?", {42}))`.
  rows query(const statement& s);
  /// Runs one write and returns the rows it affected (matched, for an UPDATE on MariaDB too).
  std::int64_t execute(const statement& s);

  void begin() { exec("BEGIN"); }
  void commit() { exec("COMMIT"); }
  void rollback() { exec("ROLLBACK"); }

 protected:
  explicit database(std::unique_ptr<connection> c);

 private:
  std::unique_ptr<connection> conn_;
};

/// A fresh in-memory SQLite database with foreign keys enforced and regexp() and Django's date
/// functions registered (open_sqlite).
class sqlite_db final : public database {
 public:
  sqlite_db();
};

/// The PostgreSQL database named by the libpq conninfo in SQLWEAVE_PG_CONNINFO.
class postgres_db final : public database {
 public:
  postgres_db();
};

/// The MariaDB database named by SQLWEAVE_MYSQL_{HOST,PORT,USER,PASSWORD,DB}, with Django's
/// connection settings (found rows, utf8mb4).
class mariadb_db final : public database {
 public:
  mariadb_db();
};

/// A hand-written statement (aggregate initialisation would have to name every member):
/// `make_statement("SELECT name FROM shop_tag WHERE id = ?", {3})`.
statement make_statement(std::string sql, std::vector<value> params = {});

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
