// SPDX-License-Identifier: MIT
// The Meta operations: AddIndex, RemoveIndex, AddConstraint, RemoveConstraint,
// AlterUniqueTogether, AlterIndexTogether; names as src/ddl created them.
#include <algorithm>

#include "ddl/names.hpp"
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

// SQLite: Django 3.2 remakes the table for every constraint but a conditional UniqueConstraint,
// also for one it then leaves out of the table (a covering UniqueConstraint).
bool remakes_table(const editor& e, const constraint_def& c) {
  return e.traits.rebuilds_tables &&
         !(c.what == constraint_def::kind::unique && !c.condition.empty());
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

bool starts_with_field(const std::vector<std::string>& names, const std::string& name,
                       bool exactly) {
  if (names.empty() || (exactly && names.size() != 1)) return false;
  return names.front() == name || names.front() == "-" + name;
}

// Whether the table of `m` has an index on exactly the column of `f`, as the introspection of
// Django's _constraint_names(index=True) sees it: the column's own (unique, db_index), a group
// of that field alone, or InnoDB's index for the foreign key, which it drops once another index
// starts with the column.
bool single_column_index(const editor& e, const model& m, const field& f) {
  if (f.primary_key || f.unique || ddl_detail::has_field_index(e.old_cx, f) ||
      declared_index(m, f, true) || e.fk_indexes_made.contains({m.db_table, f.column}))
    return true;
  return f.db_constraint && !declared_index(m, f, false);
}

// MySQL's _delete_composed_index: a unique/index_together group led by a ForeignKey is about to
// go, which may take the only index InnoDB has for the foreign key; Django first creates the
// column's own index (named as a db_index one) where none has exactly that column.
void keep_foreign_key_index(editor& e, const ddl_detail::table_def& t,
                            const std::vector<std::string>& group) {
  if (!e.old_cx.features.fk_makes_its_index || group.empty()) return;
  const auto f = std::find_if(t.m.fields.begin(), t.m.fields.end(),
                              [&](const field& x) { return x.name == group.front(); });
  if (f == t.m.fields.end() || f->type != field_type::foreign_key ||
      single_column_index(e, t.m, *f))
    return;
  const std::vector<std::string> columns{f->column};
  e.out.push_back(ddl_detail::create_index(e.old_cx, ddl_detail::index_name(t.m, columns, "", e.d),
                                           t.m, e.old_cx.quoted(f->column)));
  e.fk_indexes_made.emplace(t.m.db_table, f->column);
}

// The statements from `first` on with each `%` inside their '...' literals doubled.
void double_percent(std::vector<std::string>& out, std::size_t first) {
  for (std::size_t i = first; i < out.size(); ++i) {
    std::string doubled;
    bool literal = false;
    for (char c : out[i]) {
      if (c == '\'') literal = !literal;
      if (literal && c == '%') doubled += '%';
      doubled += c;
    }
    out[i] = std::move(doubled);
  }
}

}  // namespace

// Whether some index of `m` (as created, before the plan) has `f` as its first column, or
// (`exactly`) as its only column: unique_together, index_together, Meta.indexes, unique
// Meta.constraints (MySQL has no partial ones; its indexes drop their condition).
bool declared_index(const model& m, const field& f, bool exactly) {
  const auto led = [&](const auto& names) { return starts_with_field(names, f.name, exactly); };
  return std::any_of(m.unique_together.begin(), m.unique_together.end(), led) ||
         std::any_of(m.index_together.begin(), m.index_together.end(), led) ||
         std::any_of(m.indexes.begin(), m.indexes.end(),
                     [&](const index_def& i) { return i.expressions.empty() && led(i.fields); }) ||
         std::any_of(m.constraints.begin(), m.constraints.end(), [&](const constraint_def& c) {
           return c.what == constraint_def::kind::unique && c.condition.empty() && led(c.fields);
         });
}

void add_index(editor& e, const op_detail& o) {
  const ddl_detail::table_def t{e.new_model(o)};
  const std::size_t first = e.out.size();
  ddl_detail::meta_index(e.new_cx, t, t.m.indexes[static_cast<std::size_t>(o.new_item)], e.out);
  if (e.traits.doubled_percent_in_meta) double_percent(e.out, first);
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
  if (remakes_table(e, c)) return rebuild_table(e, o);
  const std::size_t first = e.out.size();
  ddl_detail::add_constraint(e.new_cx, t, c, e.out);
  if (e.traits.doubled_percent_in_meta) double_percent(e.out, first);
}

void remove_constraint(editor& e, const op_detail& o) {
  const constraint_def& c = e.old_model(o).constraints[static_cast<std::size_t>(o.old_item)];
  if (remakes_table(e, c)) return rebuild_table(e, o);
  if (skipped(e.old_cx, c)) return;
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
       missing(ot, ot.m.unique_together, nt, nt.m.unique_together, "unique_together")) {
    keep_foreign_key_index(e, ot, g);
    e.out.push_back(editor::fill(
        e.traits.drop_unique,
        {{"table", table},
         {"name", e.old_cx.quoted(ddl_detail::unique_together_name(e.old_cx, ot, g))}}));
  }
  for (const auto& g :
       missing(nt, nt.m.unique_together, ot, ot.m.unique_together, "unique_together"))
    e.out.push_back(ddl_detail::unique_together(e.new_cx, nt, g));
}

void alter_index_together(editor& e, const op_detail& o) {
  const ddl_detail::table_def ot{e.old_model(o)};
  const ddl_detail::table_def nt{e.new_model(o)};
  const std::string table = e.new_cx.quoted(nt.m.db_table);
  for (const auto& g :
       missing(ot, ot.m.index_together, nt, nt.m.index_together, "index_together")) {
    keep_foreign_key_index(e, ot, g);
    e.out.push_back(editor::fill(
        e.traits.drop_index,
        {{"table", table},
         {"name", e.old_cx.quoted(ddl_detail::index_together_name(e.old_cx, ot, g))}}));
  }
  for (const auto& g : missing(nt, nt.m.index_together, ot, ot.m.index_together, "index_together"))
    e.out.push_back(ddl_detail::index_together(e.new_cx, nt, g));
}

}  // namespace sqlweave::migrate_detail
