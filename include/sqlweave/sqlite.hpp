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

/// Registers the scalar functions Django's SQLite backend adds and the SQL compiled for SQLite
/// calls, with the results Django's Python versions give: ACOS, ASIN, ATAN, ATAN2, CEILING, COS,
/// COT, DEGREES, EXP, FLOOR, LN, LOG(base, x), MOD, PI, POWER, RADIANS, SIGN, SIN, SQRT, TAN
/// (a domain error is an SQL error, as Python's ValueError), LPAD, RPAD, REPEAT, REVERSE (in
/// code points), MD5, SHA1, SHA224, SHA256, SHA384, SHA512 (lower-case hexadecimal of the
/// UTF-8 bytes) and RAND() (a real in [0, 1)). They replace SQLite's built-in math functions of
/// the same names. Returns SQLITE_OK or an SQLite error code.
int register_functions(sqlite3* db);

}  // namespace sqlweave::sqlite
