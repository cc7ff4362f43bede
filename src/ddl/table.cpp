// SPDX-License-Identifier: MIT
// CREATE TABLE as Django 3.2's schema editor writes it (table_sql, column_sql): per column its
// type, NULL / NOT NULL, PRIMARY KEY or UNIQUE, the type's CHECK and SQLite's AUTOINCREMENT and
// inline REFERENCES; then Meta.constraints that live inside the table. Foreign keys elsewhere
// are ALTER TABLE statements run after every table exists, so reference cycles work.
#include <fmt/format.h>

#include <algorithm>

#include "ddl/column_types.hpp"
#include "ddl/context.hpp"
#include "ddl/names.hpp"

namespace sqlweave::ddl_detail {

const field& key_of(const ddl_context& cx, const field& fk) {
  return cx.s.at(fk.target_model).fields[static_cast<std::size_t>(fk.target_field)];
}

const field& stored_key_of(const ddl_context& cx, const field& fk) {
  const field* key = &key_of(cx, fk);
  while (key->is_forward_single()) key = &key_of(cx, *key);
  return *key;
}

std::string column_definition(const ddl_context& cx, const field& f, std::string_view default_sql) {
  const bool fk = f.is_forward_single();
  std::string sql = fk ? related_column_type(stored_key_of(cx, f), cx.d) : column_type(f, cx.d);
  if (!default_sql.empty()) sql += fmt::format(" DEFAULT {}", default_sql);
  const bool null =
      f.null || (cx.traits.empty_string_is_null && allows_empty_string(f.type) && !f.primary_key);
  sql += null ? " NULL" : " NOT NULL";
  if (f.primary_key)
    sql += " PRIMARY KEY";
  else if (f.unique || f.type == field_type::one_to_one)
    sql += " UNIQUE";
  if (!fk) {
    if (const auto check = column_check(f, cx.d, cx.quoted(f.column)); !check.empty())
      sql += fmt::format(" CHECK ({})", check);
    if (const auto suffix = column_suffix(f, cx.d); !suffix.empty()) sql += " " + suffix;
  }
  if (fk && f.db_constraint && cx.features.inline_foreign_keys) {
    const model& to = cx.s.at(f.target_model);
    sql += fmt::format(" REFERENCES {} ({}){}", cx.quoted(to.db_table),
                       cx.quoted(key_of(cx, f).column), cx.features.fk_deferrable);
  }
  return sql;
}

std::string foreign_key_name(const ddl_context& cx, const model& m, const field& f) {
  const model& to = cx.s.at(f.target_model);
  const std::vector<std::string> columns{f.column};
  return index_name(m, columns,
                    fmt::format("_fk_{}_{}", table_name(to, cx.d), key_of(cx, f).column), cx.d);
}

std::string foreign_key(const ddl_context& cx, const model& m, const field& f,
                        std::string_view name) {
  const model& to = cx.s.at(f.target_model);
  return fmt::format("ALTER TABLE {} ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {} ({}){}",
                     cx.quoted(m.db_table),
                     cx.quoted(name.empty() ? foreign_key_name(cx, m, f) : std::string(name)),
                     cx.quoted(f.column), cx.quoted(to.db_table), cx.quoted(key_of(cx, f).column),
                     cx.features.fk_deferrable);
}

std::string unique_together_name(const ddl_context& cx, const table_def& t,
                                 const std::vector<std::string>& group) {
  return index_name(t.m, t.columns_of(group, "unique_together"), "_uniq", cx.d);
}

std::string unique_together(const ddl_context& cx, const table_def& t,
                            const std::vector<std::string>& group) {
  const auto columns = cx.quoted_list(t.columns_of(group, "unique_together"));
  const std::string name = cx.quoted(unique_together_name(cx, t, group));
  const std::string table = cx.quoted(t.m.db_table);
  return cx.features.unique_together_as_index
             ? fmt::format("CREATE UNIQUE INDEX {} ON {} ({})", name, table, columns)
             : fmt::format("ALTER TABLE {} ADD CONSTRAINT {} UNIQUE ({})", table, name, columns);
}

namespace {

std::string_view deferral_sql(constraint_def::deferral d) {
  switch (d) {
    case constraint_def::deferral::none: return "";
    case constraint_def::deferral::deferred: return " DEFERRABLE INITIALLY DEFERRED";
    case constraint_def::deferral::immediate: return " DEFERRABLE INITIALLY IMMEDIATE";
  }
  return "";
}

// UniqueConstraint with a condition, include= or opclasses= is a unique index (Django's
// _create_unique_sql), created after the table; none where the database lacks the feature.
void unique_index(const ddl_context& cx, const table_def& t, const constraint_def& c,
                  table_statements& out) {
  if ((!c.condition.empty() && !cx.features.partial_indexes) ||
      (!c.include.empty() && !cx.features.covering_indexes))
    return;
  const auto columns = t.columns_of(c.fields, "UniqueConstraint");
  std::string cols;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) cols += ", ";
    cols += cx.quoted(columns[i]);
    if (cx.features.operator_classes && i < c.opclasses.size()) cols += " " + c.opclasses[i];
  }
  std::string sql = fmt::format("CREATE UNIQUE INDEX {} ON {} ({})", cx.quoted(c.name),
                                cx.quoted(t.m.db_table), cols);
  if (!c.include.empty())
    sql += fmt::format(" INCLUDE ({})", cx.quoted_list(t.columns_of(c.include, "include=")));
  if (!c.condition.empty()) sql += " WHERE " + condition_sql(cx, t.m, c.condition);
  out.deferred.push_back(std::move(sql));
}

// A Meta.constraints entry inside CREATE TABLE (constraint_sql), or nothing when it becomes
// an index or the database cannot hold it as Django 3.2 skips it there.
std::string table_constraint(const ddl_context& cx, const table_def& t, const constraint_def& c,
                             table_statements& out) {
  if (c.what == constraint_def::kind::check)
    return fmt::format("CONSTRAINT {} CHECK ({})", cx.quoted(c.name),
                       condition_sql(cx, t.m, c.condition));
  if (c.deferrable != constraint_def::deferral::none && !cx.features.deferrable_unique) return {};
  if (!c.condition.empty() || !c.include.empty() || !c.opclasses.empty()) {
    unique_index(cx, t, c, out);
    return {};
  }
  return fmt::format("CONSTRAINT {} UNIQUE ({}){}", cx.quoted(c.name),
                     cx.quoted_list(t.columns_of(c.fields, "UniqueConstraint")),
                     deferral_sql(c.deferrable));
}

}  // namespace

// The columns in the order Django's migrate creates them: makemigrations takes relation fields
// (other than a primary key or parent link) out of CreateModel and adds them back sorted by
// name, which the optimizer folds into CreateModel at its end. An auto-created link table keeps
// the order create_many_to_many_intermediary_model declares: id, from, to.
std::vector<int> column_order(const model& m) {
  if (m.auto_created) return m.columns;
  std::vector<int> order;
  std::vector<int> relations;
  for (int fi : m.columns) {
    const field& f = m.fields[static_cast<std::size_t>(fi)];
    (f.is_forward_single() && !f.primary_key && !f.parent_link ? relations : order).push_back(fi);
  }
  std::stable_sort(relations.begin(), relations.end(), [&](int a, int b) {
    return m.fields[static_cast<std::size_t>(a)].name < m.fields[static_cast<std::size_t>(b)].name;
  });
  order.insert(order.end(), relations.begin(), relations.end());
  return order;
}

void add_constraint(const ddl_context& cx, const table_def& t, const constraint_def& c,
                    std::vector<std::string>& out) {
  table_statements indexes;
  const std::string sql = table_constraint(cx, t, c, indexes);
  if (!sql.empty())
    out.push_back(fmt::format("ALTER TABLE {} ADD {}", cx.quoted(t.m.db_table), sql));
  out.insert(out.end(), indexes.deferred.begin(), indexes.deferred.end());
}

void create_table(const ddl_context& cx, const table_def& t, table_statements& out,
                  std::string_view table) {
  const model& m = t.m;
  for (const auto& group : m.unique_together) out.deferred.push_back(unique_together(cx, t, group));
  std::vector<std::string> parts;
  for (int fi : t.columns_in_order ? m.columns : column_order(m)) {
    const field& f = m.fields[static_cast<std::size_t>(fi)];
    parts.push_back(fmt::format("{} {}", cx.quoted(f.column), column_definition(cx, f)));
    if (f.is_forward_single() && f.db_constraint && !cx.features.inline_foreign_keys)
      out.deferred.push_back(foreign_key(cx, m, f));
  }
  for (const auto& c : m.constraints)
    if (auto sql = table_constraint(cx, t, c, out); !sql.empty()) parts.push_back(std::move(sql));
  out.create = fmt::format("CREATE TABLE {} ({})", cx.quoted(table.empty() ? m.db_table : table),
                           fmt::join(parts, ", "));
}

}  // namespace sqlweave::ddl_detail
