// SPDX-License-Identifier: MIT
// The schema editor of a migration: Django 3.2's BaseDatabaseSchemaEditor and its backends'
// overrides, as one shared editor over a table of differences (editor_traits), writing the
// statements of each operation of a plan.
#pragma once

#include <array>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ddl/context.hpp"
#include "migrate/plan_state.hpp"
#include "support/errors.hpp"

namespace sqlweave::migrate_detail {

/// What each database's Django schema editor writes differently, as statement templates with
/// `{table}`, `{column}`, `{name}`, `{type}`, `{default}`, `{new_column}` fields.
struct editor_traits {
  bool transactional = false;    // sqlmigrate wraps the statements in BEGIN/COMMIT
  bool rebuilds_tables = false;  // SQLite: most changes rebuild the table (sqlite_rebuild.cpp)
  std::string_view add_column = "ALTER TABLE {table} ADD COLUMN {column} {definition}";
  /// The FOREIGN KEY of an added column, appended to its definition in the same statement
  /// (Django's sql_create_column_inline_fk, with `{name}`, `{column}`, `{to_table}`,
  /// `{to_column}`); empty: a deferred ALTER TABLE .. ADD CONSTRAINT (the base editor).
  std::string_view column_inline_fk = {};
  /// Run right after that statement (PostgreSQL: the deferred key checked at once).
  std::string_view after_inline_fk = {};
  std::string_view drop_column = "ALTER TABLE {table} DROP COLUMN {column} CASCADE";
  std::string_view drop_table = "DROP TABLE {table} CASCADE";
  std::string_view rename_table = "ALTER TABLE {table} RENAME TO {name}";
  std::string_view rename_column = "ALTER TABLE {table} RENAME COLUMN {column} TO {new_column}";
  std::string_view drop_index = "DROP INDEX {name}";
  std::string_view drop_constraint = "ALTER TABLE {table} DROP CONSTRAINT {name}";
  std::string_view drop_unique = "ALTER TABLE {table} DROP CONSTRAINT {name}";
  std::string_view drop_foreign_key = "ALTER TABLE {table} DROP CONSTRAINT {name}";
  bool immediate_before_drop = false;  // `SET CONSTRAINTS x IMMEDIATE` first (deferred checks)
  /// PostgreSQL: AddIndex and AddConstraint run their SQL without parameters after its
  /// quote_value doubled each `%` of the condition's text values, so `LIKE 'a%%'` stays.
  bool doubled_percent_in_meta = false;
  std::string_view alter_type = "ALTER TABLE {table} ALTER COLUMN {column} TYPE {type}";
  /// Appended to alter_type where the column's data type changes (PostgreSQL: a cast).
  std::string_view alter_type_cast = {};
  std::string_view set_null = "ALTER TABLE {table} ALTER COLUMN {column} DROP NOT NULL";
  std::string_view set_not_null = "ALTER TABLE {table} ALTER COLUMN {column} SET NOT NULL";
  std::string_view set_default = "ALTER TABLE {table} ALTER COLUMN {column} SET DEFAULT {default}";
  std::string_view drop_default = "ALTER TABLE {table} ALTER COLUMN {column} DROP DEFAULT";
  std::string_view drop_default_null = "ALTER TABLE {table} ALTER COLUMN {column} DROP DEFAULT";
  /// PostgreSQL: an AlterField's type, default and NULL changes in one ALTER TABLE, joined by
  /// commas (Django's supports_combined_alters); every action template starts `ALTER TABLE
  /// {table} `.
  bool combined_alters = false;
  bool type_carries_null = false;  // MariaDB: MODIFY/CHANGE restate NULL or NOT NULL
  /// PostgreSQL: a column made serial gets a new sequence (`{name}`), filled from the rows;
  /// the first step alone drops it from a column made a plain integer.
  std::array<std::string_view, 5> serial_sequence = {};
  /// Oracle: an AutoField made another type stops being an identity column first.
  std::string_view drop_identity = {};
  /// The name the database gave a column's inline UNIQUE / CHECK (Django finds it by
  /// introspection); empty: the database chose one no statement can know (Oracle).
  std::string_view inline_unique_name = {};
  std::string_view inline_check_name = {};
  /// MySQL: a default or fill value as sqlmigrate prints MySQLdb's escape of it (`b'1'` for
  /// a boolean, `0.5e0` for a float, `\"` in text); elsewhere the DDL literal (quote_value).
  bool driver_literals = false;
};

const editor_traits& editor_traits_of(dialect_id d);

/// One rendering of a plan on one database.
struct editor {
  editor(const plan_state& state, dialect_id d);

  const plan_state& state;
  dialect_id d;
  const editor_traits& traits;
  ddl_detail::ddl_context old_cx;  // names and types before the change
  ddl_detail::ddl_context new_cx;  // and after it
  std::vector<std::string> out;
  /// Django's deferred_sql: foreign keys and indexes, run at the end of the migration.
  std::vector<std::string> deferred;
  /// MySQL: (table, column) of the foreign-key indexes _delete_composed_index created.
  std::set<std::pair<std::string, std::string>> fk_indexes_made;

  const model& old_model(const op_detail& o) const { return state.before.at(o.old_model); }
  const model& new_model(const op_detail& o) const { return state.after.at(o.new_model); }
  const field& old_field(const op_detail& o) const;
  const field& new_field(const op_detail& o) const;

  /// A template of editor_traits with its `{field}`s replaced (values already quoted).
  using fields_of_template = std::initializer_list<std::pair<std::string_view, std::string_view>>;
  static std::string fill(std::string_view templ, fields_of_template values);
  /// Drops the FOREIGN KEY of `f` (named as `cx` and `m` name it) from `table`.
  void drop_foreign_key(const ddl_detail::ddl_context& cx, const model& m, const field& f,
                        std::string_view table);
  /// A default or the value that fills existing rows, as Django prints it (driver_literals).
  std::string default_sql(const value& v) const;
  /// The column type Django gives `f` (an FK's from its target), in `cx`'s schema.
  std::string type_of(const ddl_detail::ddl_context& cx, const field& f) const;
  /// `alter_type` of `column` in `table` (both quoted) to `type`, cast where Django's
  /// _field_data_type of `a` (in `ca`) and `b` (in `cb`) differ: a relation's column type, or
  /// the type without its parameters (varchar(10) and varchar(20) are one data type).
  std::string alter_type(std::string_view table, std::string_view column, std::string_view type,
                         const ddl_detail::ddl_context& ca, const field& a,
                         const ddl_detail::ddl_context& cb, const field& b) const;
};

// tables.cpp
void create_model(editor& e, const op_detail& o);
void delete_model(editor& e, const op_detail& o);
void rename_table(editor& e, const op_detail& o, bool by_rename);

// columns.cpp
void add_field(editor& e, const op_detail& o);
void remove_field(editor& e, const op_detail& o);
void rename_field(editor& e, const op_detail& o);
/// AlterField of an auto-created many-to-many: its link table renamed (db_table).
void alter_many_to_many(editor& e, const op_detail& o);
/// An auto-created link table from relation `ra` (before) to `rb` (after): renamed, its
/// column named after the model renamed (SQLite: copied into a new table, or, for RenameModel
/// (`renamed_model`), renamed and remade).
void move_link_table(editor& e, const relation& ra, const relation& rb, bool renamed_model);

// alter.cpp
void alter_field(editor& e, const op_detail& o);
/// Django's _alter_field from column `a` (typed in `ca`) to `b` (in `cb`) on the table of the
/// operation's new model: FKs, UNIQUE, index, CHECK, name, type, NULL and the default that
/// fills NULLs, in Django's order.
void alter_columns(editor& e, const op_detail& o, const ddl_detail::ddl_context& ca, const field& a,
                   const ddl_detail::ddl_context& cb, const field& b);

// oracle_identity.cpp
/// Oracle: primary key `a` made the identity column `b` (an AutoField), as Django's workaround
/// for ORA-30673 does it.
void make_identity_column(editor& e, const op_detail& o, const field& a, const field& b);

// meta.cpp
/// Whether some index of `m` (as created, before the plan) has `f` as its first column, or
/// (`exactly`) as its only column: unique_together, index_together, Meta.indexes, unique
/// Meta.constraints.
bool declared_index(const model& m, const field& f, bool exactly);
void add_index(editor& e, const op_detail& o);
void remove_index(editor& e, const op_detail& o);
void add_constraint(editor& e, const op_detail& o);
void remove_constraint(editor& e, const op_detail& o);
void alter_unique_together(editor& e, const op_detail& o);
void alter_index_together(editor& e, const op_detail& o);

// sqlite_rebuild.cpp
/// SQLite's _remake_table for operation `o` (an element of the plan's details): the model's
/// table as the operation leaves it, rows copied from the table the operations before it left
/// (an added column filled, NULLs of a column made NOT NULL replaced), old table dropped, new
/// one renamed, its indexes created; for an AlterField giving a unique column a new type, the
/// tables whose foreign keys point at it too.
void rebuild_table(editor& e, const op_detail& o);
/// SQLite: RenameModel `o` alters each foreign key pointing at the model, which remakes its
/// table (new model `new_model`, its field `new_field`; `old_model`, `old_field` before).
void rebuild_for_renamed_target(editor& e, const op_detail& o, int old_model, int new_model,
                                int old_field, int new_field);

}  // namespace sqlweave::migrate_detail
