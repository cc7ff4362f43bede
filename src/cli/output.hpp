// SPDX-License-Identifier: MIT
// Text forms the CLI prints: JSON, plain text, aligned tables.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sqlweave/compile.hpp"
#include "sqlweave/exec.hpp"

namespace sqlweave::cli {

/// `"text"` with JSON escapes.
std::string json_string(std::string_view s);
/// A value as a JSON scalar: numbers and booleans as such, dates/datetimes/decimals as strings.
std::string json_value(const value& v);
/// `{"dialect":D,"statements":[{"sql":"..","params":[..],"param_types":[..]}]}`; params and
/// their types as objects keyed by placeholder name for the named and pyformat styles.
std::string to_json(const compiled_query& c);
/// The readable form: each statement's SQL, then `-- params: [...]`.
std::string to_text(const compiled_query& c);
/// `sqlweave run --json`: `{"columns":[..],"rows":[[..]]}` (one row for count(), get(), ...),
/// exists() as `{"columns":["exists"],"rows":[[true]]}`, writes `{"rows_affected":N}`, prefetched
/// rows under `"prefetch":{"<path>":{"columns":[..],"rows":[..]}}`.
std::string to_json(const plan_result& r);
/// The same as aligned tables, `True`/`False`, or `N rows affected`.
std::string to_text(const plan_result& r);
/// Rows as an aligned table with a header and a row count.
std::string to_table(const std::vector<std::string>& columns,
                     const std::vector<std::vector<value>>& rows);

}  // namespace sqlweave::cli
