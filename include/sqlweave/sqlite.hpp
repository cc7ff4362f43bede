// SPDX-License-Identifier: MIT
// The SQL functions sqlweave's SQLite statements call (target sqlweave::sqlite); the executor is
// open_sqlite() in sqlweave/exec.hpp. The core library does not depend on SQLite.
#pragma once

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

}  // namespace sqlweave::sqlite
