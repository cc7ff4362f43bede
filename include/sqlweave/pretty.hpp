// SPDX-License-Identifier: MIT
// SQL a person reads: compiled statements laid out on several lines. Only the whitespace between
// tokens changes, so the result is the same statement, with the same placeholders.
#pragma once

#include <string>
#include <string_view>

#include "sqlweave/compile.hpp"

namespace sqlweave {

/// One clause a line (SELECT, FROM, each JOIN, WHERE, GROUP BY, HAVING, ORDER BY, LIMIT, ...);
/// a subquery opens an indented block closed by `)` on its own line; a parenthesized AND/OR
/// that holds a subquery or is longer than 80 characters puts one condition a line, indented.
///   pretty_sql(R"(SELECT "t"."a" FROM "t" WHERE "t"."a" = ?)", dialect_id::sqlite)
///     == "SELECT \"t\".\"a\"\nFROM \"t\"\nWHERE \"t\".\"a\" = ?"
/// Any SQL text of the dialect is accepted (RawSQL included): quoted text and comments are kept
/// whole, and what it does not recognize is left on its line.
std::string pretty_sql(std::string_view sql, dialect_id d);

/// `c` with every statement's SQL, prefetch statements included, laid out by pretty_sql().
///   compiled_query readable = pretty(q.compile(schema, dialect_id::postgresql));
compiled_query pretty(const compiled_query& c);

}  // namespace sqlweave
