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
  const std::string default_sql = o.fill ? ddl_detail::quote_value(*o.fill, e.d) : std::string();
  e.out.push_back(
      editor::fill(e.traits.add_column,
                   {{"table", table},
                    {"column", column},
                    {"definition", ddl_detail::column_definition(e.new_cx, f, default_sql)}}));
  // Django keeps no database default: the value was for the rows already there.
  if (o.fill)
    e.out.push_back(editor::fill(f.null ? e.traits.drop_default_null : e.traits.drop_default,
                                 {{"table", table}, {"column", column}}));
  if (f.is_forward_single() && f.db_constraint)
    e.deferred.push_back(ddl_detail::foreign_key(e.new_cx, m, f));
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

void move_link_table(editor& e, const relation& ra, const relation& rb) {
  if (ra.link_table == rb.link_table && ra.link_from_column == rb.link_from_column &&
      ra.link_to_column == rb.link_to_column)
    return;
  const model old_link = ddl_detail::link_model(e.state.before, ra);
  const model new_link = ddl_detail::link_model(e.state.after, rb);
  if (e.traits.rebuilds_tables && ra.link_table == rb.link_table)
    unsupported(to_string(e.d),
                fmt::format("rebuilding the link table {} in place (Django's _remake_table of "
                            "the through model)",
                            rb.link_table));
  if (e.traits.rebuilds_tables) {
    // SQLite (Django's _alter_many_to_many, or the remake after a rename): a new link table,
    // the rows copied, the old one gone.
    ddl_detail::model_tables(e.new_cx, new_link, e.out, e.deferred);
    const auto columns = [](const ddl_detail::ddl_context& cx, const relation& r) {
      return fmt::format("id, {}, {}", cx.quoted(r.link_from_column), cx.quoted(r.link_to_column));
    };
    e.out.push_back(fmt::format("INSERT INTO {} ({}) SELECT {} FROM {}",
                                e.new_cx.quoted(rb.link_table), columns(e.new_cx, rb),
                                columns(e.old_cx, ra), e.old_cx.quoted(ra.link_table)));
    e.out.push_back(editor::fill(e.traits.drop_table, {{"table", e.old_cx.quoted(ra.link_table)}}));
    return;
  }
  const std::string table = e.new_cx.quoted(rb.link_table);
  if (ra.link_table != rb.link_table)
    e.out.push_back(editor::fill(e.traits.rename_table,
                                 {{"table", e.old_cx.quoted(ra.link_table)}, {"name", table}}));
  // RenameModel: the link's columns named after the model follow it (the one to the target,
  // then the one from the model, as Django's _alter_many_to_many); Django's alter_field
  // re-creates their FOREIGN KEYs and keeps their index and UNIQUE names.
  for (const std::size_t fi : {std::size_t{2}, std::size_t{1}}) {
    const field& a = old_link.fields[fi];
    const field& b = new_link.fields[fi];
    if (a.column == b.column) continue;
    e.drop_foreign_key(e.old_cx, old_link, a, rb.link_table);
    e.out.push_back(
        editor::fill(e.traits.rename_column, {{"table", table},
                                              {"column", e.old_cx.quoted(a.column)},
                                              {"new_column", e.new_cx.quoted(b.column)},
                                              {"type", e.type_of(e.new_cx, b) + " NOT NULL"}}));
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
  if (ra.link_from_column != rb.link_from_column || ra.link_to_column != rb.link_to_column ||
      e.state.before.at(ra.to_model).db_table != e.state.after.at(rb.to_model).db_table)
    unsupported(to_string(e.d), fmt::format("changing the target of the many-to-many field {}.{}",
                                            e.new_model(o).name, b.name));
  move_link_table(e, ra, rb);
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
