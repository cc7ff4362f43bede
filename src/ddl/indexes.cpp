// SPDX-License-Identifier: MIT
// The indexes Django 3.2 creates after a table (_model_indexes_sql): one per indexed field
// (db_index, every ForeignKey, SlugField) unless the field is unique, PostgreSQL's `_like`
// twin for varchar and text columns, index_together, then Meta.indexes.
#include <fmt/format.h>

#include "ddl/column_types.hpp"
#include "ddl/context.hpp"
#include "ddl/names.hpp"
#include "support/errors.hpp"

namespace sqlweave::ddl_detail {
namespace {

// Django's field.db_index: ForeignKey, OneToOneField and SlugField hold True unless they say
// db_index=False (fields::make gives every field its class's default).
bool wants_index(const field& f) {
  return f.db_index;
}

bool is_unique(const field& f) {
  return f.unique || f.primary_key || f.type == field_type::one_to_one;
}

std::string stored_type(const ddl_context& cx, const field& f) {
  if (!f.is_forward_single()) return column_type(f, cx.d);
  return related_column_type(stored_key_of(cx, f), cx.d);
}

// MySQL indexes neither longtext, longblob nor json whole (its _limited_data_types).
bool limited_type(const std::string& type) {
  return type == "longtext" || type == "longblob" || type == "json";
}

}  // namespace

std::string create_index(const ddl_context& cx, std::string_view name, const model& m,
                         std::string_view columns) {
  return create_index(cx, name, m, {}, columns);
}

std::string create_index(const ddl_context& cx, std::string_view name, const model& m,
                         std::string_view method, std::string_view columns) {
  const std::string using_method =
      method.empty() ? std::string() : fmt::format(" USING {}", method);
  return fmt::format("CREATE INDEX {} ON {}{} ({})", cx.quoted(name), cx.quoted(m.db_table),
                     using_method, columns);
}

bool asks_for_index(const ddl_context& cx, const field& f) {
  const bool own_index = f.is_forward_single() && f.db_constraint && cx.features.fk_makes_its_index;
  return wants_index(f) && !is_unique(f) && !own_index;
}

bool has_field_index(const ddl_context& cx, const field& f) {
  const bool indexable = cx.features.text_columns_indexable || !limited_type(stored_type(cx, f));
  return asks_for_index(cx, f) && indexable;
}

bool alter_adds_index(const ddl_context& cx, const field& a, const field& b) {
  const bool indexable = cx.features.text_columns_indexable || !limited_type(stored_type(cx, b));
  return (!wants_index(a) || is_unique(a)) && wants_index(b) && !is_unique(b) && indexable;
}

std::string_view like_opclass(const ddl_context& cx, const field& f) {
  if (!cx.features.like_indexes || !(wants_index(f) || is_unique(f))) return {};
  // Outside the C locale, LIKE 'x%' can use only an index with the pattern operator class.
  const std::string type = stored_type(cx, f);
  // Not for arrays of them (varchar(10)[]), as Django skips a type with `[`.
  if (type.find('[') != std::string::npos) return {};
  return type.starts_with("varchar") ? "varchar_pattern_ops"
         : type.starts_with("text")  ? "text_pattern_ops"
                                     : "";
}

void field_indexes(const ddl_context& cx, const model& m, const field& f,
                   std::vector<std::string>& out) {
  const std::vector<std::string> columns{f.column};
  if (has_field_index(cx, f))
    out.push_back(create_index(cx, index_name(m, columns, "", cx.d), m, cx.quoted(f.column)));
  const std::string_view opclass = like_opclass(cx, f);
  if (opclass.empty()) return;
  out.push_back(create_index(cx, index_name(m, columns, "_like", cx.d), m,
                             fmt::format("{} {}", cx.quoted(f.column), opclass)));
}

std::string index_together_name(const ddl_context& cx, const table_def& t,
                                const std::vector<std::string>& group) {
  return index_name(t.m, t.columns_of(group, "index_together"), "_idx", cx.d);
}

std::string index_together(const ddl_context& cx, const table_def& t,
                           const std::vector<std::string>& group) {
  return create_index(cx, index_together_name(cx, t, group), t.m,
                      cx.quoted_list(t.columns_of(group, "index_together")));
}

namespace {

// `(LOWER("title")), "pages"`: Django requires expression indexes to be named.
std::string expression_columns(const ddl_context& cx, const table_def& t, const index_def& idx) {
  if (idx.name.empty())
    fail(error_code::bad_schema,
         fmt::format("an expression index of {} needs a name, as in Django", t.m.name));
  std::string columns;
  for (const auto& e : idx.expressions) {
    if (!columns.empty()) columns += ", ";
    columns += index_expression_sql(cx, t.m, e);
  }
  return columns;
}

// The columns of a Meta.indexes entry as Django names its digest: "-column" for descending.
std::vector<std::string> ordered_columns(const table_def& t, const index_def& idx) {
  std::vector<std::string> ordered;
  for (std::string_view field_name : idx.fields) {
    const bool descending = field_name.starts_with('-');
    if (descending) field_name.remove_prefix(1);
    const std::string& column = t.field_named(field_name, "Meta.indexes").column;
    ordered.push_back(descending ? "-" + column : column);
  }
  return ordered;
}

}  // namespace

std::string index_name_of(const ddl_context& cx, const table_def& t, const index_def& idx) {
  if (!idx.name.empty() || !idx.expressions.empty()) return idx.name;
  const std::string_view suffix = idx.method.empty() ? std::string_view("idx") : idx.method;
  return meta_index_name(t.m, ordered_columns(t, idx), suffix, cx.d);
}

void meta_index(const ddl_context& cx, const table_def& t, const index_def& idx,
                std::vector<std::string>& out) {
  // Django writes `USING gin` wherever it runs; only PostgreSQL takes it.
  if (!idx.method.empty() && !cx.features.index_methods)
    unsupported(to_string(cx.d),
                fmt::format("the {} index of {} (django.contrib.postgres)", idx.method, t.m.name));
  std::string columns;
  if (!idx.expressions.empty()) {
    // Django 3.2 creates no expression index where the database has none (MariaDB).
    if (!cx.features.expression_indexes) return;
    columns = expression_columns(cx, t, idx);
  } else {
    const auto ordered = ordered_columns(t, idx);
    for (std::size_t i = 0; i < ordered.size(); ++i) {
      std::string_view column = ordered[i];
      const bool descending = column.starts_with('-');
      if (descending) column.remove_prefix(1);
      if (i > 0) columns += ", ";
      columns += cx.quoted(column);
      if (cx.features.operator_classes && i < idx.opclasses.size())
        columns += " " + idx.opclasses[i];
      if (descending) columns += " DESC";
    }
  }
  std::string sql = create_index(cx, index_name_of(cx, t, idx), t.m, idx.method, columns);
  // Django's _index_include_sql: INCLUDE where the database has covering indexes, else nothing.
  if (!idx.include.empty() && cx.features.covering_indexes)
    sql += fmt::format(" INCLUDE ({})", cx.quoted_list(t.columns_of(idx.include, "include=")));
  if (!idx.storage.empty()) sql += fmt::format(" WITH ({})", fmt::join(idx.storage, ", "));
  // MySQL and Oracle have no partial indexes; Django 3.2 creates the index without WHERE there.
  if (!idx.condition.empty() && cx.features.partial_indexes)
    sql += " WHERE " + condition_sql(cx, t.m, idx.condition);
  out.push_back(std::move(sql));
}

void table_indexes(const ddl_context& cx, const table_def& t, table_statements& out) {
  const model& m = t.m;
  for (int fi : m.columns)
    field_indexes(cx, m, m.fields[static_cast<std::size_t>(fi)], out.deferred);
  for (const auto& group : m.index_together) out.deferred.push_back(index_together(cx, t, group));
  for (const auto& idx : m.indexes) meta_index(cx, t, idx, out.deferred);
}

}  // namespace sqlweave::ddl_detail
