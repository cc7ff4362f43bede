// SPDX-License-Identifier: MIT
// Migrations without Python: the operations Django 3.2's autodetector writes for the change from
// one schema to the next, and the statements its schema editor runs for them on each database.
//
//   auto plan = sqlweave::plan_migration(old_schema, new_schema,
//                                        {.defaults = {"shop.Product.stock=0"}});
//   for (const auto& op : plan.operations()) std::cout << op.describe() << '\n';
//   for (const auto& stmt : plan.statements(sqlweave::dialect_id::postgresql)) run(stmt);
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sqlweave/compile.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave {

/// Django's migration operations (django.db.migrations.operations), by their class names.
enum class operation_kind : std::uint8_t {
  create_model,
  delete_model,
  rename_model,
  alter_model_table,
  add_field,
  remove_field,
  alter_field,
  rename_field,
  add_index,
  remove_index,
  add_constraint,
  remove_constraint,
  alter_unique_together,
  alter_index_together,
  alter_model_options,  // `managed` switched: no SQL
};

/// `AddField`
std::string_view to_string(operation_kind k);

/// One operation of a plan, named as Django names it.
struct migration_operation {
  operation_kind kind = operation_kind::create_model;
  std::string app;
  std::string model;     // the model's name after the change (before it for DeleteModel)
  std::string name;      // the field, index or constraint; the new name of a rename
  std::string old_name;  // RenameModel, RenameField: the name before
  /// `AddField shop.Product.stock`, `RenameField shop.Product.title -> name`
  std::string describe() const;
};

/// What the autodetector cannot know by itself.
struct migrate_options {
  /// `app.Old=New`: the model was renamed (otherwise: one deleted, one created).
  std::vector<std::string> rename_models{};
  /// `app.Model.old=new`: the field was renamed (otherwise: one removed, one added).
  std::vector<std::string> rename_fields{};
  /// `app.Model.field=LITERAL`: the value existing rows get for a NOT NULL field added or made
  /// NOT NULL without a default (Django's questioner); LITERAL as parse_literal() reads it.
  std::vector<std::string> defaults{};
};

namespace migrate_detail {
struct plan_state;
}

/// The operations from one schema to the next. Cheap to copy; immutable.
class migration_plan {
 public:
  migration_plan(std::vector<migration_operation> ops,
                 std::shared_ptr<const migrate_detail::plan_state> state);

  const std::vector<migration_operation>& operations() const { return ops_; }
  bool empty() const { return ops_.empty(); }

  /// The statements Django's `sqlmigrate` prints for the plan on `d`, without `;`: in
  /// BEGIN/COMMIT where the database has transactional DDL (SQLite, PostgreSQL). Empty when
  /// nothing changed. Throws error(unsupported) for a change the database cannot make as
  /// planned here, naming it.
  std::vector<std::string> statements(dialect_id d) const;

 private:
  std::vector<migration_operation> ops_;
  std::shared_ptr<const migrate_detail::plan_state> state_;
};

/// The plan from `before` to `after` (both finalized). Throws error(needs_default) naming the
/// field and `--default` where Django's autodetector would ask for a value, error(bad_argument)
/// for a rename or default naming no such model or field.
migration_plan plan_migration(const schema& before, const schema& after,
                              const migrate_options& options = {});

}  // namespace sqlweave
