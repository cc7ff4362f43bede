// SPDX-License-Identifier: MIT
// CreateModel, DeleteModel, RenameModel and AlterModelTable: whole tables, with the link tables
// of their auto-created many-to-many fields.
#include <fmt/format.h>

#include <algorithm>

#include "migrate/editor.hpp"

namespace sqlweave::migrate_detail {

void create_model(editor& e, const op_detail& o) {
  ddl_detail::model_tables(e.new_cx, e.new_model(o), e.out, e.deferred);
}

void delete_model(editor& e, const op_detail& o) {
  const model& m = e.old_model(o);
  for (const auto& link : ddl_detail::link_tables_of(e.state.before, m))
    e.out.push_back(editor::fill(e.traits.drop_table, {{"table", e.old_cx.quoted(link)}}));
  e.out.push_back(editor::fill(e.traits.drop_table, {{"table", e.old_cx.quoted(m.db_table)}}));
}

namespace {

bool has_alter_field(const editor& e, int model, int field) {
  for (const auto& d : e.state.details)
    if (d.kind == operation_kind::alter_field && d.new_model == model && d.new_field == field)
      return true;
  return false;
}

// RenameModel: Django alters every field pointing at the model, which drops each incoming
// FOREIGN KEY and creates it again under a name hashed from the new table (SQLite: remakes the
// table, whose REFERENCES name the new table). A field with an AlterField of its own gets the
// same from alter_columns (SQLite: Django remakes for both).
void recreate_incoming_keys(editor& e, const op_detail& o) {
  for (std::size_t mi = 0; mi < e.state.after.models().size(); ++mi) {
    const model& nm = e.state.after.models()[mi];
    const bool self = static_cast<int>(mi) == o.new_model;
    const int oi = self ? o.old_model : e.state.before.find_model(nm.app_label + "." + nm.name);
    if (oi < 0) continue;
    const model* om = &e.state.before.at(oi);
    for (std::size_t fi = 0; fi < nm.fields.size(); ++fi) {
      const field& b = nm.fields[fi];
      if (!b.is_forward_single() || !b.db_constraint || b.target_model != o.new_model) continue;
      const auto a = std::find_if(om->fields.begin(), om->fields.end(),
                                  [&](const field& f) { return f.name == b.name; });
      if (a == om->fields.end() || a->target_model != o.old_model) continue;
      if (e.traits.rebuilds_tables) {
        rebuild_for_renamed_target(e, o, oi, static_cast<int>(mi),
                                   static_cast<int>(a - om->fields.begin()), static_cast<int>(fi));
        continue;
      }
      if (!a->db_constraint || has_alter_field(e, static_cast<int>(mi), static_cast<int>(fi)))
        continue;
      e.drop_foreign_key(e.old_cx, *om, *a, self ? nm.db_table : om->db_table);
      e.out.push_back(ddl_detail::foreign_key(e.new_cx, self ? nm : *om, b));
    }
  }
}

// RenameModel: the link tables of auto-created many-to-many fields that name the model: its
// own (table and column, both columns for a self relation) and those of other models pointing
// at it (their column to it).
void move_link_tables(editor& e, const op_detail& o) {
  for (std::size_t mi = 0; mi < e.state.after.models().size(); ++mi) {
    const model& nm = e.state.after.models()[mi];
    const bool own = static_cast<int>(mi) == o.new_model;
    const int oi = own ? o.old_model : e.state.before.find_model(nm.app_label + "." + nm.name);
    if (oi < 0) continue;
    const model& om = e.state.before.at(oi);
    for (std::size_t fi = 0; fi < nm.fields.size(); ++fi) {
      const field& b = nm.fields[fi];
      if (b.type != field_type::many_to_many || !b.through.empty()) continue;
      if (!own && b.target_model != o.new_model) continue;
      const auto a = std::find_if(om.fields.begin(), om.fields.end(),
                                  [&](const field& f) { return f.name == b.name; });
      if (a == om.fields.end() || a->type != field_type::many_to_many || !a->through.empty())
        continue;
      move_link_table(
          e, ddl_detail::forward_m2m(e.state.before, om, static_cast<int>(a - om.fields.begin())),
          ddl_detail::forward_m2m(e.state.after, nm, static_cast<int>(fi)), true);
    }
  }
}

}  // namespace

void rename_table(editor& e, const op_detail& o, bool by_rename) {
  const model& om = e.old_model(o);
  const model& nm = e.new_model(o);
  const std::string renamed = table_after_rename(om, nm);
  const std::string& from = by_rename ? om.db_table : (o.renamed ? renamed : om.db_table);
  const std::string& to = by_rename ? renamed : nm.db_table;
  if (from == to) return;
  if (!by_rename && !ddl_detail::link_tables_of(e.state.before, om).empty())
    fail(error_code::unsupported,
         fmt::format("renaming the table of {}.{}, which has many-to-many link tables, is not "
                     "planned yet",
                     om.app_label, om.name));
  e.out.push_back(editor::fill(e.traits.rename_table,
                               {{"table", e.old_cx.quoted(from)}, {"name", e.new_cx.quoted(to)}}));
  if (!by_rename) return;
  recreate_incoming_keys(e, o);
  move_link_tables(e, o);
}

}  // namespace sqlweave::migrate_detail
