// SPDX-License-Identifier: MIT
// A statement a person can read and paste: its values written as literals of the target
// dialect (inline), or as typed markers that hold none of them (redact, for logs).
//   compiled_query c = compile(s, q, dialect_id::postgresql).bind({{"name", "O'Brien"}});
//   std::string sql = inline_values(c.statements[0], c.dialect, c.style);
//   // ... WHERE "shop_customer"."name" = 'O''Brien'
//   std::string log = redact_values(c.statements[0], c.dialect, c.style);
//   // ... WHERE "shop_customer"."name" = <text:7>
#pragma once

#include <string>

#include "sqlweave/compile.hpp"

namespace sqlweave {

/// The SQL of `st` with each placeholder replaced by its value as a literal of `d`, executable
/// as is with the same rows as the bound form (and `%%` of the format styles back to `%`):
///   text       '...' with quotes doubled; MySQL also doubles backslashes (its default
///              sql_mode), PostgreSQL writes text with a backslash as E'..'
///   integers   42, (-42)          decimals  1.50 (SQLite: '1.50', the text Django binds)
///   floats     PostgreSQL 1.5::float8, MySQL 1.5e0, Oracle 1.5d, SQLite 1.5 (typed as bound)
///   booleans   TRUE/FALSE; 1/0 on SQLite and Oracle     NULL  NULL
///   dates      DATE '2020-01-02', TIMESTAMP '2020-01-02 03:04:05' (SQLite: the quoted text)
/// Throws error(bad_value) for text holding NUL, a NaN or infinite float, and on Oracle text
/// longer than a literal may be (4000 bytes); error(unbound_parameter) while parameters are
/// unbound.
std::string inline_values(const statement& st, dialect_id d, paramstyle style);

/// The SQL of `st` with each placeholder replaced by a typed marker: `<text:12>` (12
/// characters), `<integer>`, `<real>`, `<decimal>`, `<boolean>`, `<date>`, `<datetime>`,
/// `<duration>`, `<null>`. Not executable; holds none of the values.
std::string redact_values(const statement& st, dialect_id d, paramstyle style);

/// Every statement of `c` inlined (or redacted), with no parameters left. Prefetch plans keep
/// their key lists, which are filled when they run.
compiled_query inline_values(const compiled_query& c);
compiled_query redact_values(const compiled_query& c);

}  // namespace sqlweave
