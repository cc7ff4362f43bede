// SPDX-License-Identifier: MIT
// Decoding what a database driver hands back into sqlweave values by the compiled column's field
// type, shared by the three backends, and the errors they raise.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "sqlweave/compile.hpp"
#include "sqlweave/exec.hpp"
#include "sqlweave/value.hpp"

namespace sqlweave::exec_detail {

/// `col` is null when the statement does not describe the column: the value keeps its
/// driver type (text stays text).
value decode_text(std::string_view text, const result_column* col);
value decode_integer(std::int64_t n, const result_column* col);
value decode_real(double d, const result_column* col);

/// PostgreSQL's bytea output `\x4142` -> its bytes.
std::string bytea_bytes(std::string_view text);

/// The compiled description of column `i`, when the statement has one for it.
const result_column* column_of(const statement& st, std::size_t i);

/// `2024-02-29`; `2024-02-29 13:05:00[.123456][+00]` (a `T` also separates; the zone is dropped:
/// sessions run in UTC). Throw error(database) on text that is not one.
date parse_date(std::string_view text);
datetime parse_datetime(std::string_view text);

/// Ends a statement's result: leaves out the columns after those the statement describes (a
/// compound's hidden ORDER BY columns, Django's `__orderbycol<N>`, which its SQL selects but its
/// result does not have) and gives each column its described class.
void finish(const statement& st, result_set& out);

/// Throws error(unbound_parameter) naming the first parameter bind() has not filled.
void require_bound(const statement& st);

/// error(database): `<backend>: <server message>`, with the statement it ran; error(integrity)
/// when the database refused it for breaking a constraint (Django's IntegrityError).
[[noreturn]] void database_error(std::string_view backend, std::string_view message,
                                 std::string_view sql = {}, bool integrity = false);

}  // namespace sqlweave::exec_detail
