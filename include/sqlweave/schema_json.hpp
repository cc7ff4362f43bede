// SPDX-License-Identifier: MIT
// The schema JSON form, `"format": "sqlweave-schema/1"` (docs/schema-json.md): what
// `sqlweave schema --json` prints, what `tools/sqlweave-export-schema` writes from Django's app
// registry, and what `--schema file.json` loads back to the same compile and DDL output.
//
//   const std::string text = sqlweave::to_json(s);
//   const sqlweave::schema again = sqlweave::schema_from_json(text, "schema.json");
#pragma once

#include <string>
#include <string_view>

#include "sqlweave/schema.hpp"

namespace sqlweave {

/// The version this library writes and reads.
inline constexpr std::string_view schema_json_format = "sqlweave-schema/1";

/// A finalized schema as JSON: every model in order with its table, Meta options, fields as
/// declared (relations as `app.Model`) and, for each column, its name and its type per dialect.
///   std::cout << sqlweave::to_json(schema::load({"shop/"}));
std::string to_json(const schema& s);

/// The schema a JSON text describes, finalized. `source_name` (a path) names the text in
/// errors: every error is a source_error at the offending line and column saying what was
/// expected; unknown keys, wrong types, a `column` or `types` entry that disagrees with what
/// the schema makes are all errors.
///   auto s = sqlweave::schema_from_json(read("schema.json"), "schema.json");
schema schema_from_json(std::string_view text, std::string_view source_name);

}  // namespace sqlweave
