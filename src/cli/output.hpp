// SPDX-License-Identifier: MIT
// Text forms the CLI prints: JSON, plain text, aligned tables.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sqlweave/compile.hpp"

namespace sqlweave::cli {

/// `"text"` with JSON escapes.
std::string json_string(std::string_view s);
/// A value as a JSON scalar: numbers and booleans as such, dates/datetimes/decimals as strings.
std::string json_value(const value& v);
/// `{"dialect":D,"statements":[{"sql":"..","params":[..]}]}`; params as an object keyed by
/// placeholder name for the named and pyformat styles.
std::string to_json(const compiled_query& c);
/// The readable form: each statement's SQL, then `-- params: [...]`.
std::string to_text(const compiled_query& c);
/// Rows as an aligned table with a header and a row count.
std::string to_table(const std::vector<std::string>& columns,
                     const std::vector<std::vector<value>>& rows);

}  // namespace sqlweave::cli
