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
  bool expression_indexes = true;         // Index(Lower("title"), ...): not MariaDB, skipped there
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
/// foreign keys and conditional unique constraints go to `deferred`.
void create_table(const ddl_context& cx, const table_def& t, table_statements& out);

// indexes.cpp
/// unique_together, field indexes (with PostgreSQL's `_like`), index_together, Meta.indexes.
void table_indexes(const ddl_context& cx, const table_def& t, table_statements& out);

// conditions.cpp
/// A `Q(...)` condition of an index or constraint as Django renders it there: columns without
/// the table, values as literals. Throws error(bad_schema) for conditions that follow a
/// relation (Django refuses joins there too).
std::string condition_sql(const ddl_context& cx, const model& m, std::string_view condition);

/// One expression of an expression index as Django's IndexExpression writes it: a column
/// bare, anything else in parentheses, ` DESC` for `.desc()`: `(LOWER("title")) DESC`.
std::string index_expression_sql(const ddl_context& cx, const model& m,
                                 std::string_view expression);

// link_tables.cpp
/// The through model Django creates for a many-to-many field without `through=`: `id`, the two
/// foreign keys, unique together.
model link_model(const schema& s, const relation& r);

}  // namespace sqlweave::ddl_detail
