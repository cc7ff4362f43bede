// SPDX-License-Identifier: MIT
// A plan's operations rendered by the schema editor of one database, the way `sqlmigrate`
// prints a migration: the operations' statements, then the deferred foreign keys and indexes,
// inside BEGIN/COMMIT where DDL is transactional.
#include <fmt/format.h>

#include "migrate/editor.hpp"
#include "support/ascii.hpp"

namespace sqlweave {
namespace {

using migrate_detail::editor;
using migrate_detail::op_detail;

void render_op(editor& e, const op_detail& o) {
  using namespace migrate_detail;
  if (o.no_sql) return;
  switch (o.kind) {
    case operation_kind::create_model: return create_model(e, o);
    case operation_kind::delete_model: return delete_model(e, o);
    case operation_kind::rename_model: return rename_table(e, o, true);
    case operation_kind::alter_model_table: return rename_table(e, o, false);
    case operation_kind::add_field: return add_field(e, o);
    case operation_kind::remove_field: return remove_field(e, o);
    case operation_kind::alter_field: return alter_field(e, o);
    case operation_kind::rename_field: return rename_field(e, o);
    case operation_kind::add_index: return add_index(e, o);
    case operation_kind::remove_index: return remove_index(e, o);
    case operation_kind::add_constraint: return add_constraint(e, o);
    case operation_kind::remove_constraint: return remove_constraint(e, o);
    case operation_kind::alter_unique_together: return alter_unique_together(e, o);
    case operation_kind::alter_index_together: return alter_index_together(e, o);
    case operation_kind::alter_model_options: return;  // no_sql
  }
}

}  // namespace

std::string migrate_detail::table_after_rename(const model& before, const model& after) {
  const bool generated = before.db_table == ascii_lower(before.app_label + "_" + before.name);
  return generated ? ascii_lower(after.app_label + "_" + after.name) : before.db_table;
}

std::string_view to_string(operation_kind k) {
  switch (k) {
    case operation_kind::create_model: return "CreateModel";
    case operation_kind::delete_model: return "DeleteModel";
    case operation_kind::rename_model: return "RenameModel";
    case operation_kind::alter_model_table: return "AlterModelTable";
    case operation_kind::add_field: return "AddField";
    case operation_kind::remove_field: return "RemoveField";
    case operation_kind::alter_field: return "AlterField";
    case operation_kind::rename_field: return "RenameField";
    case operation_kind::add_index: return "AddIndex";
    case operation_kind::remove_index: return "RemoveIndex";
    case operation_kind::add_constraint: return "AddConstraint";
    case operation_kind::remove_constraint: return "RemoveConstraint";
    case operation_kind::alter_unique_together: return "AlterUniqueTogether";
    case operation_kind::alter_index_together: return "AlterIndexTogether";
    case operation_kind::alter_model_options: return "AlterModelOptions";
  }
  return "";
}

std::string migration_operation::describe() const {
  switch (kind) {
    case operation_kind::rename_model:
      return fmt::format("RenameModel {}.{} -> {}", app, old_name, model);
    case operation_kind::rename_field:
      return fmt::format("RenameField {}.{}.{} -> {}", app, model, old_name, name);
    case operation_kind::alter_model_table:
      return fmt::format("AlterModelTable {}.{} -> {}", app, model, name);
    default: break;
  }
  if (name.empty()) return fmt::format("{} {}.{}", to_string(kind), app, model);
  return fmt::format("{} {}.{}.{}", to_string(kind), app, model, name);
}

migration_plan::migration_plan(std::vector<migration_operation> ops,
                               std::shared_ptr<const migrate_detail::plan_state> state)
    : ops_(std::move(ops)), state_(std::move(state)) {}

std::vector<std::string> migration_plan::statements(dialect_id d) const {
  editor e(*state_, d);
  for (const auto& o : state_->details) render_op(e, o);
  std::vector<std::string> out;
  if (e.out.empty() && e.deferred.empty()) return out;
  if (e.traits.transactional) out.emplace_back("BEGIN");
  out.insert(out.end(), e.out.begin(), e.out.end());
  out.insert(out.end(), e.deferred.begin(), e.deferred.end());
  if (e.traits.transactional) out.emplace_back("COMMIT");
  return out;
}

}  // namespace sqlweave
