// SPDX-License-Identifier: MIT
// SQLite's table rebuild (Django's _remake_table, after https://www.sqlite.org/lang_altertable.html
// #otheralter): `new__<table>` created as the model now is, rows copied with an INSERT ... SELECT
// (added columns take their fill value, columns made NOT NULL coalesce their NULLs), the old
// table dropped, the new one renamed, its indexes created. One rebuild covers every operation
// of the plan on the model; its columns come in the order Django's remakes leave them.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>

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

// Django remakes the table once per operation, from the columns it has. Its INSERT lists them
// in the old table's order with an added or altered column last; its CREATE TABLE in the
// fields' creation order, in sqlmigrate: the primary key, the added or altered column, the rest.
struct column_orders {
  std::vector<int> copy;
  std::vector<int> create;
};

column_orders column_orders_of(const editor& e, const op_detail& o) {
  const model& om = e.state.before.at(o.old_model);
  const model& nm = e.state.after.at(o.new_model);
  const auto found = e.moved_last.find(o.new_model);
  const std::vector<int> none;
  const std::vector<int>& moved = found == e.moved_last.end() ? none : found->second;
  std::vector<std::pair<std::size_t, int>> kept;  // (place in the old table, new field)
  for (int fi : nm.columns) {
    if (std::ranges::find(moved, fi) != moved.end()) continue;
    const source src = source_of(e, o.old_model, o.new_model, fi);
    const auto old_index = src.old == nullptr ? -1 : static_cast<int>(src.old - om.fields.data());
    const auto place = std::ranges::find(om.columns, old_index) - om.columns.begin();
    kept.emplace_back(static_cast<std::size_t>(place), fi);
  }
  std::ranges::stable_sort(kept, {}, &std::pair<std::size_t, int>::first);
  column_orders out;
  for (const auto& k : kept) out.copy.push_back(k.second);
  for (int fi : moved)
    if (std::ranges::find(nm.columns, fi) != nm.columns.end()) out.copy.push_back(fi);
  const auto is_key = [&](int fi) { return nm.fields[static_cast<std::size_t>(fi)].primary_key; };
  std::ranges::copy_if(out.copy, std::back_inserter(out.create), is_key);
  for (int fi : moved)
    if (!is_key(fi) && std::ranges::find(out.copy, fi) != out.copy.end()) out.create.push_back(fi);
  for (const auto& k : kept)
    if (!is_key(k.second)) out.create.push_back(k.second);
  return out;
}

void rebuild_model_table(editor& e, const op_detail& o) {
  if (e.probing) {
    e.rebuilt.insert(o.new_model);
    return;
  }
  if (!e.rebuilt_done.insert(o.new_model).second) return;
  const model& nm = e.new_model(o);
  const std::string table = e.new_cx.quoted(nm.db_table);
  const std::string staging = "new__" + nm.db_table;
  const column_orders orders = column_orders_of(e, o);
  model ordered = nm;
  ordered.columns = orders.create;
  ddl_detail::table_statements created;
  const ddl_detail::table_def t{ordered};
  ddl_detail::create_table(e.new_cx, t, created, staging);
  ddl_detail::table_indexes(e.new_cx, t, created);
  std::vector<std::string> columns;
  std::vector<std::string> values;
  for (int fi : orders.copy) {
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

// Django remakes the tables whose foreign keys point at a unique column that changes type:
// their columns take the new type.
bool retypes_a_key(const editor& e, const op_detail& o) {
  if (o.kind != operation_kind::alter_field) return false;
  const field& b = e.new_field(o);
  return (b.primary_key || b.unique || b.type == field_type::one_to_one) &&
         e.type_of(e.old_cx, e.old_field(o)) != e.type_of(e.new_cx, b);
}

void rebuild_referencing_tables(editor& e, const op_detail& o) {
  for (std::size_t mi = 0; mi < e.state.after.models().size(); ++mi) {
    const model& rm = e.state.after.models()[mi];
    const int ri = static_cast<int>(mi);
    if (ri == o.new_model) continue;  // the model's own table is rebuilt already
    const int oi = e.state.before.find_model(rm.app_label + "." + rm.name);
    if (oi < 0) continue;  // a new model is created with the new type
    for (const field& f : rm.fields)
      if (f.is_forward_single() && f.target_model == o.new_model && f.target_field == o.new_field) {
        op_detail referencing;
        referencing.kind = operation_kind::alter_field;
        referencing.old_model = oi;
        referencing.new_model = ri;
        rebuild_model_table(e, referencing);
        break;
      }
  }
}

}  // namespace

void rebuild_table(editor& e, const op_detail& o) {
  const bool moves = o.kind == operation_kind::add_field || o.kind == operation_kind::alter_field ||
                     o.kind == operation_kind::rename_field;
  if (e.probing && moves) {
    auto& moved = e.moved_last[o.new_model];
    std::erase(moved, o.new_field);
    moved.push_back(o.new_field);
  }
  rebuild_model_table(e, o);
  if (retypes_a_key(e, o)) rebuild_referencing_tables(e, o);
}

}  // namespace sqlweave::migrate_detail
