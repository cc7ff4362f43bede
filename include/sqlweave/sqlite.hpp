// SPDX-License-Identifier: MIT
// Running compiled statements on embedded SQLite (target sqlweave::sqlite), as `sqlweave run` and
// the tests do. The core library does not depend on SQLite.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sqlweave/compile.hpp"
#include "sqlweave/value.hpp"

struct sqlite3;

namespace sqlweave::sqlite {

/// Registers `regexp(pattern, value)` on `db`, which SQLite's `x REGEXP y` calls. Patterns are
/// PCRE2 (as MariaDB's), searched anywhere in the value; a `(?i)` prefix makes them
/// case-insensitive (the form the iregex lookup emits). NULL in gives NULL out.
/// Returns SQLITE_OK or an SQLite error code.
int register_regexp(sqlite3* db);

/// Registers the date and time functions that the SQL compiled for SQLite calls for temporal
/// arithmetic, as Django's SQLite backend does: `django_format_dtdelta(op, moment, micros)`,
/// `django_timestamp_diff(a, b)` and `django_time_diff(a, b)` (microseconds). Returns SQLITE_OK
/// or an SQLite error code.
int register_temporal(sqlite3* db);

struct result {
  std::vector<std::string> columns;
  std::vector<std::vector<value>> rows;
  std::int64_t changes = 0;  // rows written by an INSERT/UPDATE/DELETE
};

/// Prepares `st` (qmark or numeric placeholders), binds its parameters natively and steps it.
/// Throws std::runtime_error with SQLite's message on failure.
result execute(sqlite3* db, const statement& st);

/// Runs SQL text without parameters (DDL, BEGIN/COMMIT).
void execute_script(sqlite3* db, const std::string& sql);

}  // namespace sqlweave::sqlite
