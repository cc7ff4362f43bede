// SPDX-License-Identifier: MIT
// SQLite's table rebuild (Django's _remake_table, after https://www.sqlite.org/lang_altertable.html
// #otheralter): `new__<table>` created as the model now is, rows copied with an INSERT ... SELECT
// (added columns take their fill value, columns made NOT NULL coalesce their NULLs), the old
// table dropped, the new one renamed, its indexes created. One rebuild covers every operation
// of the plan on the model.
#include <fmt/format.h>

#include "migrate/editor.hpp"

namespace sqlweave::migrate_detail {
namespace {

// The old field a new field continues (through RenameField), and the value its rows get.
struct source {
  const field* old = nullptr;
  const std::optional<value>* fill = nullptr;
};

source source_of(const editor& e, int old_model, int new_model, int new_field) {
  const model& om = e.state.before.at(old_model);
  const model& nm = e.state.after.at(new_model);
  const field& f = nm.fields[static_cast<std::size_t>(new_field)];
  source out;
  std::string_view old_name = f.name;
  for (const auto& d : e.state.details) {
    if (d.new_model != new_model || d.new_field != new_field) continue;
    if (d.kind == operation_kind::rename_field)
      old_name = om.fields[static_cast<std::size_t>(d.old_field)].name;
    if (d.kind == operation_kind::add_field || d.kind == operation_kind::alter_field)
      out.fill = &d.fill;
    if (d.kind == operation_kind::add_field) return out;  // a new column, even if the name was used
  }
  for (const auto& g : om.fields)
    if (g.name == old_name && g.type != field_type::many_to_many) out.old = &g;
  return out;
}

}  // namespace

void rebuild_table(editor& e, const op_detail& o) {
  if (e.probing) {
    e.rebuilt.insert(o.new_model);
    return;
  }
  if (!e.rebuilt_done.insert(o.new_model).second) return;
  const model& nm = e.new_model(o);
  const std::string table = e.new_cx.quoted(nm.db_table);
  const std::string staging = "new__" + nm.db_table;
  ddl_detail::table_statements created;
  const ddl_detail::table_def t{nm};
  ddl_detail::create_table(e.new_cx, t, created, staging);
  ddl_detail::table_indexes(e.new_cx, t, created);
  std::vector<std::string> columns;
  std::vector<std::string> values;
  for (int fi : nm.columns) {
    const field& f = nm.fields[static_cast<std::size_t>(fi)];
    const source src = source_of(e, o.old_model, o.new_model, fi);
    const bool filled = src.fill != nullptr && src.fill->has_value();
    const std::string fill_sql = filled ? ddl_detail::quote_value(**src.fill, e.d) : "NULL";
    columns.push_back(e.new_cx.quoted(f.column));
    if (src.old == nullptr) {
      values.push_back(fill_sql);
      continue;
    }
    const std::string old_column = e.old_cx.quoted(src.old->column);
    values.push_back(src.old->null && !f.null && filled
                         ? fmt::format("coalesce({}, {})", old_column, fill_sql)
                         : old_column);
  }
  e.out.push_back(std::move(created.create));
  e.out.push_back(fmt::format("INSERT INTO {} ({}) SELECT {} FROM {}", e.new_cx.quoted(staging),
                              fmt::join(columns, ", "), fmt::join(values, ", "), table));
  e.out.push_back(editor::fill(e.traits.drop_table, {{"table", table}}));
  e.out.push_back(
      editor::fill(e.traits.rename_table, {{"table", e.new_cx.quoted(staging)}, {"name", table}}));
  e.out.insert(e.out.end(), created.deferred.begin(), created.deferred.end());
}

}  // namespace sqlweave::migrate_detail
