// SPDX-License-Identifier: MIT
// What a migration plan keeps besides its operations: both schemas, and per operation the
// models, fields and Meta entries it is about, so the schema editors render from them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sqlweave/migrate.hpp"
#include "sqlweave/schema.hpp"
#include "sqlweave/value.hpp"

namespace sqlweave::migrate_detail {

/// Indexes into `plan_state::before` (old_*) and `plan_state::after` (new_*); -1 when the
/// operation has no such side (CreateModel has no old model).
struct op_detail {
  operation_kind kind = operation_kind::create_model;
  int old_model = -1;
  int new_model = -1;
  int old_field = -1;
  int new_field = -1;
  int old_item = -1;  // Meta.indexes / Meta.constraints entry
  int new_item = -1;
  /// The value existing rows get (a --default answer, or the field's own default).
  std::optional<value> fill;
  /// AlterModelTable of a model RenameModel renamed too.
  bool renamed = false;
  /// An operation Django records without SQL: CreateModel or DeleteModel of a proxy or an
  /// unmanaged model, AlterModelOptions.
  bool no_sql = false;
};

/// The table a model has after RenameModel: a generated name follows the model's new name,
/// an explicit db_table stays.
std::string table_after_rename(const model& before, const model& after);

struct plan_state {
  schema before;
  schema after;
  std::vector<op_detail> details;  // one per operation, in order
};

}  // namespace sqlweave::migrate_detail
