// SPDX-License-Identifier: MIT
// What every DDL step needs: the schema, the database, how it quotes names, and what Django 3.2's
// schema editor does differently there (features.py and schema.py of each backend).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "render/dialect.hpp"
#include "sqlweave/compile.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave::ddl_detail {

/// Django's schema-editor differences between the databases, as data.
struct ddl_features {
  bool inline_foreign_keys = false;       // SQLite: REFERENCES in the column, no ALTER TABLE
  std::string_view fk_deferrable = {};    // suffix of every FOREIGN KEY
  bool unique_together_as_index = false;  // SQLite: CREATE UNIQUE INDEX, not ADD CONSTRAINT
  bool fk_makes_its_index = false;        // InnoDB indexes an FK column itself (MySQL)
  bool text_columns_indexable = true;     // MySQL cannot index longtext/longblob/json whole
  bool like_indexes = false;              // PostgreSQL: varchar/text_pattern_ops `_like` twins
  bool partial_indexes = true;            // `WHERE` on CREATE INDEX (MySQL, Oracle: dropped)
  bool covering_indexes = false;          // `INCLUDE (...)` (PostgreSQL 11+)
  bool deferrable_unique = false;         // UniqueConstraint(deferrable=...)
  bool operator_classes = false;          // Index(opclasses=...) (PostgreSQL)
  bool index_methods = false;      // django.contrib.postgres's GinIndex & co.: USING, WITH (...)
  bool expression_indexes = true;  // Index(Lower("title"), ...): not MariaDB, skipped there
  /// Conditions: `"flag"` / `NOT "flag"` for a boolean column compared with True/False, as
  /// Django's Exact writes where the backend takes a bare column as a condition (not Oracle).
  bool bare_boolean_conditions = true;
  /// Conditions: a value compared with a DecimalField as quoted text (SQLite: Django's sqlite3
  /// adapter turns Decimal into str before quote_value).
  bool decimal_as_text = false;
};

const ddl_features& features_of(dialect_id d);

struct ddl_context {
  ddl_context(const schema& s_, dialect_id d_);

  const schema& s;
  dialect_id d;
  const render::dialect_traits& traits;
  const ddl_features& features;

  /// A name quoted as the database's Django backend quotes it (Oracle: upper case, shortened).
  std::string quoted(std::string_view name) const;
  /// `"a", "b"`
  std::string quoted_list(const std::vector<std::string>& names) const;
};

/// A table to create: a model's, or an implicit many-to-many link table built as Django's
/// auto-created through model.
struct table_def {
  const model& m;
  /// m.columns is already in the order to create them (SQLite's remake, whose order follows
  /// the fields' creation); otherwise create_table puts relations last, as makemigrations.
  bool columns_in_order = false;
  /// The field of `m` named `name` (or its `<fk>_id` attname), as `Meta` options name them.
  /// Throws error(bad_schema) naming `what` when there is none.
  const field& field_named(std::string_view name, std::string_view what) const;
  std::vector<std::string> columns_of(const std::vector<std::string>& names,
                                      std::string_view what) const;
};

/// The statements of one table: its CREATE TABLE, and what Django runs after every table of
/// the migration exists (foreign keys, indexes, unique_together).
struct table_statements {
  std::string create;
  std::vector<std::string> deferred;
};

// table.cpp
/// CREATE TABLE with the columns, their CHECKs, and Meta.constraints that live in the table;
/// foreign keys and conditional unique constraints go to `deferred`. `table` replaces the
/// model's db_table in the statement (SQLite's rebuild creates `new__<table>`).
void create_table(const ddl_context& cx, const table_def& t, table_statements& out,
                  std::string_view table = {});
/// The columns of `m` in the order Django's migrate creates them (and its model state keeps
/// them): relation fields other than a primary key or parent link last, sorted by name.
std::vector<int> column_order(const model& m);

/// A column's definition after its name, as Django's column_sql writes it: type, `DEFAULT x`
/// when `default_sql` is given, NULL / NOT NULL, PRIMARY KEY or UNIQUE, the type's CHECK,
/// SQLite's AUTOINCREMENT and inline REFERENCES.
std::string column_definition(const ddl_context& cx, const field& f,
                              std::string_view default_sql = {});

/// The field's primary key target: what a ForeignKey's column refers to.
const field& key_of(const ddl_context& cx, const field& fk);
/// The field whose type the column of `fk` takes: key_of, followed through keys that are
/// relations themselves (an MTI child's `<parent>_ptr`) to the one that stores a value.
const field& stored_key_of(const ddl_context& cx, const field& fk);

/// Django's name of the FOREIGN KEY constraint of `f`: `<table>_<col>_<hash>_fk_<to>_<col>`.
std::string foreign_key_name(const ddl_context& cx, const model& m, const field& f);
/// `ALTER TABLE .. ADD CONSTRAINT .. FOREIGN KEY (..) REFERENCES .. (..)`.
/// `name` empty: Django's `<table>_<column>_<hash>_fk_<to_table>_<to_column>`.
std::string foreign_key(const ddl_context& cx, const model& m, const field& f,
                        std::string_view name = {});

/// The name and statement of a unique_together group: `<table>_<cols>_<hash>_uniq`.
std::string unique_together_name(const ddl_context& cx, const table_def& t,
                                 const std::vector<std::string>& group);
std::string unique_together(const ddl_context& cx, const table_def& t,
                            const std::vector<std::string>& group);

/// A Meta.constraints entry added to an existing table (Django's add_constraint): ALTER TABLE
/// .. ADD CONSTRAINT, or a unique index; nothing where Django 3.2 skips it on the database.
void add_constraint(const ddl_context& cx, const table_def& t, const constraint_def& c,
                    std::vector<std::string>& out);

// indexes.cpp
/// `CREATE INDEX name ON table (columns)`, the columns already quoted.
std::string create_index(const ddl_context& cx, std::string_view name, const model& m,
                         std::string_view columns);
/// `CREATE INDEX name ON table USING method (columns)`: a django.contrib.postgres index.
std::string create_index(const ddl_context& cx, std::string_view name, const model& m,
                         std::string_view method, std::string_view columns);

/// unique_together, field indexes (with PostgreSQL's `_like`), index_together, Meta.indexes.
void table_indexes(const ddl_context& cx, const table_def& t, table_statements& out);

/// The index of one field (db_index, ForeignKey, SlugField) and PostgreSQL's `_like` twin.
void field_indexes(const ddl_context& cx, const model& m, const field& f,
                   std::vector<std::string>& out);
/// Whether field_indexes() creates the plain index, and its `_like` twin's operator class (or
/// empty), so a migration drops what was created.
/// The field asks for an index of its own (db_index, ForeignKey, SlugField; not unique),
/// whether or not its column type can hold one.
bool asks_for_index(const ddl_context& cx, const field& f);
bool has_field_index(const ddl_context& cx, const field& f);
/// Django's AlterField adds the column's index (its "Added an index?" truth table) when `b`
/// asks for one and `a` did not or was unique, whatever the database: also for a MySQL
/// ForeignKey, which InnoDB would otherwise index itself.
bool alter_adds_index(const ddl_context& cx, const field& a, const field& b);
std::string_view like_opclass(const ddl_context& cx, const field& f);

/// The name and statement of an index_together group: `<table>_<cols>_<hash>_idx`.
std::string index_together_name(const ddl_context& cx, const table_def& t,
                                const std::vector<std::string>& group);
std::string index_together(const ddl_context& cx, const table_def& t,
                           const std::vector<std::string>& group);

/// A Meta.indexes entry's name (declared or Django's generated one), and its CREATE INDEX
/// (nothing where Django 3.2 creates none: expression indexes on MariaDB).
std::string index_name_of(const ddl_context& cx, const table_def& t, const index_def& idx);
void meta_index(const ddl_context& cx, const table_def& t, const index_def& idx,
                std::vector<std::string>& out);

// conditions.cpp
/// A value as Django's schema editor writes it into DDL (each backend's quote_value).
std::string quote_value(const value& v, dialect_id d);

/// A `Q(...)` condition of an index or constraint as Django renders it there: columns without
/// the table, values as literals. Throws error(bad_schema) for conditions that follow a
/// relation (Django refuses joins there too).
std::string condition_sql(const ddl_context& cx, const model& m, std::string_view condition);

/// One expression of an expression index as Django's IndexExpression writes it: a column
/// bare, anything else in parentheses, ` DESC` for `.desc()`: `(LOWER("title")) DESC`.
std::string index_expression_sql(const ddl_context& cx, const model& m,
                                 std::string_view expression);

// ddl.cpp
/// The CREATE TABLE of a model and of its auto-created link tables, and what they defer.
void model_tables(const ddl_context& cx, const model& m, std::vector<std::string>& creates,
                  std::vector<std::string>& deferred);
/// The table names of the auto-created link tables of `m`'s many-to-many fields.
std::vector<std::string> link_tables_of(const schema& s, const model& m);
/// The relation the ManyToManyField `field_index` of `m` declares, leaving `m` (for a self
/// relation, the first of its two directions).
const relation& forward_m2m(const schema& s, const model& m, int field_index);

// link_tables.cpp
/// The through model Django creates for a many-to-many field without `through=`: `id`, the two
/// foreign keys, unique together.
model link_model(const schema& s, const relation& r);

}  // namespace sqlweave::ddl_detail
