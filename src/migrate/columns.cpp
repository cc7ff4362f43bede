// SPDX-License-Identifier: MIT
// AddField, RemoveField and RenameField where the database alters a table in place (base
// schema editor's add_field, remove_field); SQLite rebuilds instead (sqlite_rebuild.cpp).
#include <fmt/format.h>

#include "migrate/editor.hpp"

namespace sqlweave::migrate_detail {
namespace {

bool auto_m2m(const field& f) {
  return f.type == field_type::many_to_many && f.through.empty();
}

}  // namespace

void add_field(editor& e, const op_detail& o) {
  const model& m = e.new_model(o);
  const field& f = e.new_field(o);
  if (auto_m2m(f)) {
    const model link = ddl_detail::link_model(
        e.state.after, ddl_detail::forward_m2m(e.state.after, m, o.new_field));
    ddl_detail::model_tables(e.new_cx, link, e.out, e.deferred);
    return;
  }
  if (f.type == field_type::many_to_many) return;
  if (e.traits.rebuilds_tables) return rebuild_table(e, o);
  const std::string table = e.new_cx.quoted(m.db_table);
  const std::string column = e.new_cx.quoted(f.column);
  const std::string default_sql = o.fill ? e.default_sql(*o.fill) : std::string();
  std::string definition = ddl_detail::column_definition(e.new_cx, f, default_sql);
  const bool with_fk = f.is_forward_single() && f.db_constraint;
  const bool inline_fk = with_fk && !e.traits.column_inline_fk.empty();
  const std::string fk_name =
      with_fk ? e.new_cx.quoted(ddl_detail::foreign_key_name(e.new_cx, m, f)) : std::string();
  if (inline_fk) {
    const model& to = e.state.after.at(f.target_model);
    definition += ' ';
    definition +=
        editor::fill(e.traits.column_inline_fk,
                     {{"name", fk_name},
                      {"column", column},
                      {"to_table", e.new_cx.quoted(to.db_table)},
                      {"to_column", e.new_cx.quoted(ddl_detail::key_of(e.new_cx, f).column)}});
  }
  e.out.push_back(editor::fill(e.traits.add_column,
                               {{"table", table}, {"column", column}, {"definition", definition}}));
  if (inline_fk && !e.traits.after_inline_fk.empty())
    e.out.push_back(editor::fill(e.traits.after_inline_fk, {{"name", fk_name}}));
  // Django keeps no database default: the value was for the rows already there.
  if (o.fill)
    e.out.push_back(editor::fill(f.null ? e.traits.drop_default_null : e.traits.drop_default,
                                 {{"table", table}, {"column", column}}));
  if (with_fk && !inline_fk) e.deferred.push_back(ddl_detail::foreign_key(e.new_cx, m, f));
  ddl_detail::field_indexes(e.new_cx, m, f, e.deferred);
}

void remove_field(editor& e, const op_detail& o) {
  const model& om = e.old_model(o);
  const model& nm = e.new_model(o);
  const field& f = e.old_field(o);
  if (auto_m2m(f)) {
    const auto& r = ddl_detail::forward_m2m(e.state.before, om, o.old_field);
    e.out.push_back(editor::fill(e.traits.drop_table, {{"table", e.old_cx.quoted(r.link_table)}}));
    return;
  }
  if (f.type == field_type::many_to_many) return;
  if (e.traits.rebuilds_tables) return rebuild_table(e, o);
  if (f.is_forward_single() && f.db_constraint) e.drop_foreign_key(e.old_cx, om, f, nm.db_table);
  e.out.push_back(editor::fill(e.traits.drop_column, {{"table", e.new_cx.quoted(nm.db_table)},
                                                      {"column", e.old_cx.quoted(f.column)}}));
}

void move_link_table(editor& e, const relation& ra, const relation& rb, bool renamed_model) {
  const model old_link = ddl_detail::link_model(e.state.before, ra);
  const model new_link = ddl_detail::link_model(e.state.after, rb);
  // A link column stays when its name, type and target table do.
  const auto stays = [&](std::size_t fi) {
    const field& a = old_link.fields[fi];
    const field& b = new_link.fields[fi];
    return a.column == b.column && e.type_of(e.old_cx, a) == e.type_of(e.new_cx, b) &&
           e.state.before.at(a.target_model).db_table == e.state.after.at(b.target_model).db_table;
  };
  if (ra.link_table == rb.link_table && stays(1) && stays(2)) return;
  if (e.traits.rebuilds_tables) {
    // SQLite (Django's _alter_many_to_many, or the remake after a rename): a new link table,
    // the rows copied, the old one gone. A table keeping its name is remade through
    // `new__<table>` (Django's _remake_table), which alters only the column to the target.
    // RenameModel of the link's own model: Django renames the table, then its alter_field of
    // the column from the model remakes it in place (the column where it was).
    const bool renamed_owner = renamed_model && ra.link_table != rb.link_table && stays(2);
    if (renamed_owner)
      e.out.push_back(editor::fill(
          e.traits.rename_table,
          {{"table", e.old_cx.quoted(ra.link_table)}, {"name", e.new_cx.quoted(rb.link_table)}}));
    const std::string& source = renamed_owner ? rb.link_table : ra.link_table;
    const bool in_place = ra.link_table == rb.link_table || renamed_owner;
    if (in_place && !renamed_owner && ra.link_from_column != rb.link_from_column)
      unsupported(to_string(e.d),
                  fmt::format("renaming the column {} of the link table {} in place (Django's "
                              "_remake_table alters only the column to the target)",
                              ra.link_from_column, rb.link_table));
    const std::string staging = in_place ? "new__" + rb.link_table : rb.link_table;
    const std::string table = e.new_cx.quoted(rb.link_table);
    const std::string created_table = e.new_cx.quoted(staging);
    ddl_detail::table_statements created;
    model remade = new_link;
    // The remake's altered column to the target is created right after the id.
    if (in_place && !stays(2)) remade.columns = {0, 2, 1};
    const ddl_detail::table_def t{remade};
    ddl_detail::create_table(e.new_cx, t, created, staging);
    ddl_detail::table_indexes(e.new_cx, t, created);
    e.out.push_back(std::move(created.create));
    // Django's _alter_many_to_many names the copied columns unquoted.
    const auto columns = [in_place](const ddl_detail::ddl_context& cx, const relation& r) {
      if (!in_place) return fmt::format("id, {}, {}", r.link_from_column, r.link_to_column);
      return fmt::format("{}, {}, {}", cx.quoted("id"), cx.quoted(r.link_from_column),
                         cx.quoted(r.link_to_column));
    };
    e.out.push_back(fmt::format("INSERT INTO {} ({}) SELECT {} FROM {}", created_table,
                                columns(e.new_cx, rb), columns(e.old_cx, ra),
                                e.old_cx.quoted(source)));
    e.out.push_back(editor::fill(e.traits.drop_table, {{"table", e.old_cx.quoted(source)}}));
    if (!in_place) {
      // create_model: its indexes wait for the end of the migration.
      e.deferred.insert(e.deferred.end(), created.deferred.begin(), created.deferred.end());
      return;
    }
    e.out.push_back(
        editor::fill(e.traits.rename_table, {{"table", created_table}, {"name", table}}));
    e.out.insert(e.out.end(), created.deferred.begin(), created.deferred.end());
    return;
  }
  const std::string table = e.new_cx.quoted(rb.link_table);
  if (ra.link_table != rb.link_table)
    e.out.push_back(editor::fill(e.traits.rename_table,
                                 {{"table", e.old_cx.quoted(ra.link_table)}, {"name", table}}));
  // RenameModel or a new target: the link's columns that follow the models (the one to the
  // target, then the one from the model, as Django's _alter_many_to_many). Django's alter_field
  // drops their FOREIGN KEYs, renames and retypes them, re-creates the keys, and keeps their
  // index and UNIQUE names.
  for (const std::size_t fi : {std::size_t{2}, std::size_t{1}}) {
    if (stays(fi)) continue;
    const field& a = old_link.fields[fi];
    const field& b = new_link.fields[fi];
    const std::string old_type = e.type_of(e.old_cx, a);
    const std::string new_type = e.type_of(e.new_cx, b);
    e.drop_foreign_key(e.old_cx, old_link, a, rb.link_table);
    const std::string column = e.new_cx.quoted(b.column);
    if (a.column != b.column)
      e.out.push_back(editor::fill(
          e.traits.rename_column,
          {{"table", table}, {"column", e.old_cx.quoted(a.column)}, {"new_column", column}}));
    if (old_type != new_type)
      e.out.push_back(e.alter_type(table, column,
                                   new_type + (e.traits.type_carries_null ? " NOT NULL" : ""),
                                   e.old_cx, a, e.new_cx, b));
    e.out.push_back(ddl_detail::foreign_key(e.new_cx, new_link, b));
  }
}

void alter_many_to_many(editor& e, const op_detail& o) {
  const field& a = e.old_field(o);
  const field& b = e.new_field(o);
  if (!auto_m2m(a) || !auto_m2m(b)) {
    if (a.through.empty() != b.through.empty())
      unsupported(to_string(e.d),
                  fmt::format("changing the through model of {}.{}", e.new_model(o).name, b.name));
    return;  // an explicit through model's table is its own model's business
  }
  const relation& ra = ddl_detail::forward_m2m(e.state.before, e.old_model(o), o.old_field);
  const relation& rb = ddl_detail::forward_m2m(e.state.after, e.new_model(o), o.new_field);
  move_link_table(e, ra, rb, false);
}

void rename_field(editor& e, const op_detail& o) {
  const field& before = e.old_field(o);
  if (before.type == field_type::many_to_many) {
    if (before.m2m_table.empty())
      fail(error_code::unsupported,
           fmt::format("renaming the many-to-many field {}.{}, whose link table is named after "
                       "it, is not planned yet",
                       e.new_model(o).name, before.name));
    return;
  }
  field renamed = before;
  renamed.column = e.new_field(o).column;
  if (e.traits.rebuilds_tables && before.is_forward_single()) return rebuild_table(e, o);
  alter_columns(e, o, e.old_cx, before, e.old_cx, renamed);
}

}  // namespace sqlweave::migrate_detail
