// SPDX-License-Identifier: MIT
// What the schema JSON writer and reader share: the names of the format's enumerations and
// the per-dialect column types a field's `types` entry holds.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sqlweave/compile.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave::schema_json_detail {

/// `unique`, `check`: a constraint's `kind`.
std::string_view to_string(constraint_def::kind k);
std::optional<constraint_def::kind> constraint_kind_from_name(std::string_view name);

/// `deferred`, `immediate`: a UniqueConstraint's `deferrable` (absent for none).
std::string_view to_string(constraint_def::deferral d);
std::optional<constraint_def::deferral> deferral_from_name(std::string_view name);

/// The column type of field `f` of a finalized schema on every dialect, in all_dialects order
/// (`varchar(100)`; an FK column takes its key's type); empty for a many-to-many field.
std::vector<std::pair<dialect_id, std::string>> column_types(const schema& s, const field& f);

/// `app.Model` of a finalized schema's model (`Model` when it has no app label).
std::string label_of(const model& m);

}  // namespace sqlweave::schema_json_detail
