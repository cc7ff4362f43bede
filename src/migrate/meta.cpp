// SPDX-License-Identifier: MIT
// The Meta operations: AddIndex, RemoveIndex, AddConstraint, RemoveConstraint,
// AlterUniqueTogether, AlterIndexTogether; names as src/ddl created them.
#include <algorithm>

#include "migrate/editor.hpp"

namespace sqlweave::migrate_detail {
namespace {

// Whether Django 3.2 skipped the constraint on the database (ddl's table_constraint).
bool skipped(const ddl_detail::ddl_context& cx, const constraint_def& c) {
  if (c.what == constraint_def::kind::check) return false;
  if (c.deferrable != constraint_def::deferral::none && !cx.features.deferrable_unique) return true;
  return (!c.condition.empty() && !cx.features.partial_indexes) ||
         (!c.include.empty() && !cx.features.covering_indexes);
}

bool is_index(const constraint_def& c) {
  return c.what == constraint_def::kind::unique &&
         (!c.condition.empty() || !c.include.empty() || !c.opclasses.empty());
}

using groups = std::vector<std::vector<std::string>>;

// The groups of `from` whose columns no group of `other` has.
groups missing(const ddl_detail::table_def& t, const groups& from,
               const ddl_detail::table_def& other_t, const groups& other, std::string_view what) {
  groups out;
  for (const auto& g : from) {
    const auto columns = t.columns_of(g, what);
    if (std::none_of(other.begin(), other.end(),
                     [&](const auto& h) { return other_t.columns_of(h, what) == columns; }))
      out.push_back(g);
  }
  return out;
}

}  // namespace

void add_index(editor& e, const op_detail& o) {
  const ddl_detail::table_def t{e.new_model(o)};
  ddl_detail::meta_index(e.new_cx, t, t.m.indexes[static_cast<std::size_t>(o.new_item)], e.out);
}

void remove_index(editor& e, const op_detail& o) {
  const ddl_detail::table_def t{e.old_model(o)};
  const index_def& idx = t.m.indexes[static_cast<std::size_t>(o.old_item)];
  if (!idx.expressions.empty() && !e.old_cx.features.expression_indexes) return;
  e.out.push_back(
      editor::fill(e.traits.drop_index,
                   {{"table", e.new_cx.quoted(e.new_model(o).db_table)},
                    {"name", e.old_cx.quoted(ddl_detail::index_name_of(e.old_cx, t, idx))}}));
}

void add_constraint(editor& e, const op_detail& o) {
  const ddl_detail::table_def t{e.new_model(o)};
  const constraint_def& c = t.m.constraints[static_cast<std::size_t>(o.new_item)];
  if (e.traits.rebuilds_tables && !is_index(c)) return rebuild_table(e, o);
  ddl_detail::add_constraint(e.new_cx, t, c, e.out);
}

void remove_constraint(editor& e, const op_detail& o) {
  const constraint_def& c = e.old_model(o).constraints[static_cast<std::size_t>(o.old_item)];
  if (skipped(e.old_cx, c)) return;
  if (e.traits.rebuilds_tables && !is_index(c)) return rebuild_table(e, o);
  const auto templ = is_index(c)                             ? e.traits.drop_index
                     : c.what == constraint_def::kind::check ? e.traits.drop_constraint
                                                             : e.traits.drop_unique;
  e.out.push_back(editor::fill(templ, {{"table", e.new_cx.quoted(e.new_model(o).db_table)},
                                       {"name", e.old_cx.quoted(c.name)}}));
}

void alter_unique_together(editor& e, const op_detail& o) {
  const ddl_detail::table_def ot{e.old_model(o)};
  const ddl_detail::table_def nt{e.new_model(o)};
  const std::string table = e.new_cx.quoted(nt.m.db_table);
  for (const auto& g :
       missing(ot, ot.m.unique_together, nt, nt.m.unique_together, "unique_together"))
    e.out.push_back(editor::fill(
        e.traits.drop_unique,
        {{"table", table},
         {"name", e.old_cx.quoted(ddl_detail::unique_together_name(e.old_cx, ot, g))}}));
  for (const auto& g :
       missing(nt, nt.m.unique_together, ot, ot.m.unique_together, "unique_together"))
    e.out.push_back(ddl_detail::unique_together(e.new_cx, nt, g));
}

void alter_index_together(editor& e, const op_detail& o) {
  const ddl_detail::table_def ot{e.old_model(o)};
  const ddl_detail::table_def nt{e.new_model(o)};
  const std::string table = e.new_cx.quoted(nt.m.db_table);
  for (const auto& g : missing(ot, ot.m.index_together, nt, nt.m.index_together, "index_together"))
    e.out.push_back(editor::fill(
        e.traits.drop_index,
        {{"table", table},
         {"name", e.old_cx.quoted(ddl_detail::index_together_name(e.old_cx, ot, g))}}));
  for (const auto& g : missing(nt, nt.m.index_together, ot, ot.m.index_together, "index_together"))
    e.out.push_back(ddl_detail::index_together(e.new_cx, nt, g));
}

}  // namespace sqlweave::migrate_detail
