// SPDX-License-Identifier: MIT
// delete() plans that do what Django's collector does for each relation's on_delete: dependants
// first (CASCADE deletes, SET_NULL/SET_DEFAULT/SET(value) update, PROTECT/RESTRICT refuse,
// DO_NOTHING skips), implicit M2M link rows, then the rows themselves. A dependant is reached
// through the column its foreign key points at (the primary key, or its to_field).
//
// Rows of a multi-table inheritance child take their parents' rows along, as Django's collector
// does (their dependants too, but not the parents' other children). Every statement of a plan
// re-evaluates the queryset, so no statement may run once the rows it names are gone:
//   - where foreign keys are checked at the commit (SQLite, PostgreSQL, Oracle, as Django creates
//     them), the root parent's rows go first, named through the child's rows, then each table
//     below it loses the rows its parent link no longer finds;
//   - on MySQL, whose InnoDB keys are checked at once, one DELETE joins the child and its
//     parents, child first (render/dialect.hpp, parent_delete_join).
// Either way the rows affected are Django's total: the child's rows plus each parent's, and
// the link rows and cascades; not the rows SET_NULL, SET_DEFAULT and SET() update.
#include <fmt/format.h>

#include <vector>

#include "resolve/query.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

// Rows the collector reaches: a table of a model and the condition naming them.
struct rows_of {
  int model = -1;
  ir::table_ref* table = nullptr;
  ir::expr* where = nullptr;
  bool tree = false;  // the rows below them through self-referential CASCADEs are among them
};

// SELECT <column> FROM rows.table WHERE rows.where
const ir::select* select_column(level& lv, const rows_of& rows, std::string_view column) {
  ir::select* s = lv.new_select();
  s->tables.push_back(rows.table);
  s->items.push_back({lv.column_of(rows.table, column, nullptr), {}, {}, {}});
  s->where = rows.where;
  return s;
}

// The rows of `model_index` whose `column` holds one of `keys`.
rows_of rows_matching(level& lv, int model_index, std::string_view column, const ir::select* keys) {
  ir::table_ref base;
  base.table = lv.cx.s.at(model_index).db_table;
  base.model = model_index;
  ir::table_ref* t = lv.new_table(base);
  return {model_index, t, lv.in_subquery(lv.column_of(t, column, nullptr), keys, true)};
}

// Rows of a table not yet bound to the query (the statements' own tables).
ir::expr* column_of(level& lv, std::string_view table, std::string_view column) {
  ir::table_ref ref;
  ref.table = table;
  return lv.column_of(lv.new_table(ref), column, nullptr);
}

// The value SET_DEFAULT or SET(value) writes into `fk` of `child`.
ir::expr* set_value(level& lv, const model& child, const field& fk) {
  // The type of the value: the target column's, followed through parent links.
  const auto& s = lv.cx.s;
  const field* target = &fk;
  for (int hop = 0; target->is_relation() && target->target_model >= 0 && hop < 16; ++hop)
    target = &s.at(target->target_model).fields[static_cast<std::size_t>(target->target_field)];
  const bool by_set = fk.on_delete == on_delete::set;
  if (by_set && !fk.on_delete_callable.empty())
    fail(error_code::unsupported,
         fmt::format("{}.{} is on_delete=SET({}): a callable is Python's to run, so the value "
                     "its rows get cannot be written into SQL",
                     child.name, fk.name, fk.on_delete_callable));
  const std::optional<value>& v = by_set ? fk.on_delete_value : fk.default_value;
  if (!v)
    fail(error_code::bad_schema,
         fmt::format("{}.{} is {} but has no {}", child.name, fk.name,
                     by_set ? "SET()" : "SET_DEFAULT", by_set ? "value" : "default"));
  if (v->is_null()) {
    if (!fk.null)
      fail(error_code::bad_schema,
           fmt::format("{}.{} is on_delete={} None but not null=True", child.name, fk.name,
                       by_set ? "SET(None)" : "SET_DEFAULT with default"));
    return lv.null();
  }
  return lv.param(&*v, target->type);
}

// The chain of multi-table parents of `m`, nearest first: (parent model, child's parent link).
std::vector<std::pair<int, const field*>> parents_of(const schema& s, int model_index) {
  std::vector<std::pair<int, const field*>> out;
  for (int at = model_index; !s.at(at).parents.empty();) {
    const model& m = s.at(at);
    if (m.parents.size() > 1)
      fail(error_code::unsupported,
           fmt::format("delete() of {} rows: {} has {} multi-table parents; deleting rows of a "
                       "model with more than one is not planned",
                       s.at(model_index).name, m.name, m.parents.size()));
    const field* link = &m.fields[static_cast<std::size_t>(m.parents.front())];
    out.emplace_back(link->target_model, link);
    at = link->target_model;
    if (out.size() > 16) fail(error_code::limit_exceeded, "multi-table inheritance too deep");
  }
  return out;
}

// Whether `fk` of `model_index`, pointing at its own model, takes the rows below a deleted row
// along.
bool cascades_to_itself(const field& fk, int fk_model, int model_index) {
  return fk_model == model_index && fk.target_model == model_index &&
         fk.on_delete == on_delete::cascade && !fk.parent_link;
}

// `rows` and every row below them through the model's self-referential CASCADEs, as Django's
// collector finds them level by level; null when the model has none.
const ir::tree* tree_below(level& lv, const rows_of& rows) {
  const auto& s = lv.cx.s;
  const model& m = s.at(rows.model);
  std::vector<std::string_view> links;
  const field* key = nullptr;
  for (const field& f : m.fields) {
    if (f.type == field_type::many_to_many || !f.is_relation() ||
        !cascades_to_itself(f, rows.model, rows.model))
      continue;
    const field& target = m.fields[static_cast<std::size_t>(f.target_field)];
    if (key && key != &target)
      fail(error_code::unsupported,
           fmt::format("delete() of {} rows: its self-referential CASCADEs point at two columns "
                       "({} and {}); a tree through both is not planned",
                       m.name, key->column, target.column));
    key = &target;
    links.push_back(f.column);
  }
  if (!key) return nullptr;
  auto* t = lv.cx.mem.make<ir::tree>();
  t->name = "tree";
  t->table = m.db_table;
  t->key = key->column;
  t->links = lv.cx.mem.list(links);
  // Where foreign keys are checked at once, the rows go deepest first: their level is needed.
  t->depth = lv.cx.dialect.immediate_foreign_keys;
  ir::select* roots = lv.new_select();
  roots->tables.push_back(rows.table);
  roots->items.push_back({lv.column_of(rows.table, key->column, key), {}, {}, {}});
  if (t->depth) roots->items.push_back({lv.cx.mem.node(ir::integer{0}), {}, {}, {}});
  roots->where = rows.where;
  t->roots = roots;
  return t;
}

// The rows of `rows.model` whose key `tree` names.
rows_of rows_in(level& lv, const rows_of& rows, const ir::tree* tree) {
  ir::table_ref named;
  named.table = tree->name;
  ir::table_ref* from = lv.new_table(named);
  ir::select* keys = lv.new_select();
  keys->tables.push_back(from);
  keys->items.push_back({lv.column_of(from, tree->key, nullptr), {}, {}, {}});
  keys->with = tree;
  rows_of all = rows_matching(lv, rows.model, tree->key, keys);
  all.tree = true;
  return all;
}

void collect(level& lv, const rows_of& rows, write_plan& out, int depth, bool parent_side);

// Deletes `rows` of a model, with its multi-table parents' rows.
void delete_rows(level& lv, const rows_of& named, write_plan& out, int depth) {
  const auto& s = lv.cx.s;
  const model& m = s.at(named.model);
  const auto parents = parents_of(s, named.model);
  const ir::tree* tree = named.tree ? nullptr : tree_below(lv, named);
  const rows_of rows = tree ? rows_in(lv, named, tree) : named;
  const bool deepest_first = tree && tree->depth;
  if (deepest_first && !parents.empty())
    fail(error_code::unsupported,
         fmt::format("delete() of {} rows on MySQL: the rows below them through {}'s "
                     "self-referential CASCADE must go deepest first for InnoDB's foreign keys, "
                     "and a DELETE that joins its multi-table parents cannot be ordered",
                     m.name, m.name));
  collect(lv, rows, out, depth, false);
  if (parents.empty()) {
    out.emplace_back(ir::delete_rows{m.db_table, rows.where, {}, deepest_first ? tree : nullptr});
    return;
  }
  // The parents' rows share the child's primary key values.
  const ir::select* keys = select_column(lv, rows, m.pk_field().column);
  for (const auto& [parent, link] : parents) {
    const model& p = s.at(parent);
    collect(lv, rows_matching(lv, parent, p.pk_field().column, keys), out, depth, true);
  }
  if (!lv.cx.dialect.parent_delete_join.empty()) {
    std::vector<ir::parent_join> joins;
    std::string_view from = m.db_table;
    for (const auto& [parent, link] : parents) {
      const model& p = s.at(parent);
      joins.push_back({p.db_table, p.pk_field().column, from, link->column});
      from = p.db_table;
    }
    out.emplace_back(ir::delete_rows{m.db_table, rows.where, lv.cx.mem.list(joins)});
    return;
  }
  const model& root = s.at(parents.back().first);
  out.emplace_back(ir::delete_rows{
      root.db_table,
      lv.in_subquery(column_of(lv, root.db_table, root.pk_field().column), keys, true),
      {}});
  // Then, from the root down, the rows whose parent link lost its row.
  for (std::size_t i = parents.size(); i-- > 0;) {
    const model& below = i == 0 ? m : s.at(parents[i - 1].first);
    const model& above = s.at(parents[i].first);
    ir::select* left = lv.new_select();
    ir::table_ref ref;
    ref.table = above.db_table;
    ref.model = parents[i].first;
    ir::table_ref* t = lv.new_table(ref);
    left->tables.push_back(t);
    left->items.push_back({lv.column_of(t, above.pk_field().column, nullptr), {}, {}, {}});
    ir::expr* linked =
        lv.in_subquery(column_of(lv, below.db_table, parents[i].second->column), left, true);
    out.emplace_back(ir::delete_rows{below.db_table, lv.negate(linked), {}});
  }
}

// The dependants of `rows`. On a parent's side (the parents of deleted child rows) the parent
// links pointing at it are left out, as Django's get_candidate_relations_to_delete does.
void collect(level& lv, const rows_of& rows, write_plan& out, int depth, bool parent_side) {
  if (depth > 16) fail(error_code::limit_exceeded, "delete() cascades more than 16 levels deep");
  const auto& s = lv.cx.s;
  const model& m = s.at(rows.model);
  for (int ri : m.relations) {
    const relation& r = s.rel(ri);
    if (r.how == relation::kind::m2m) {
      // Link rows of an implicit M2M table go with either end.
      if (r.link_model >= 0) continue;
      out.emplace_back(
          ir::delete_rows{r.link_table,
                          lv.in_subquery(column_of(lv, r.link_table, r.link_from_column),
                                         select_column(lv, rows, m.pk_field().column), true),
                          {}});
      continue;
    }
    if (r.how == relation::kind::generic)
      fail(error_code::unsupported,
           fmt::format(
               "delete() of {} rows: Django also deletes the {} rows of the "
               "GenericRelation {}.{}, a cascade through the content type that is not "
               "compiled",
               m.name, s.at(r.to_model).name, s.at(r.from_model).name,
               s.at(r.from_model).generic_relations[static_cast<std::size_t>(r.field_index)].name));
    if (r.how != relation::kind::reverse) continue;
    const model& child = s.at(r.to_model);
    const field& fk = child.fields[static_cast<std::size_t>(r.field_index)];
    if (parent_side && fk.parent_link) continue;
    // The column the foreign key holds: its to_field, else the primary key.
    const field& target = s.at(fk.target_model).fields[static_cast<std::size_t>(fk.target_field)];
    switch (fk.on_delete) {
      case on_delete::do_nothing: break;
      case on_delete::protect:
      case on_delete::restrict:
        fail(error_code::protected_relation,
             fmt::format("cannot delete {} rows: {}.{} is on_delete={}", m.name, child.name,
                         fk.name, fk.on_delete == on_delete::protect ? "PROTECT" : "RESTRICT"));
      case on_delete::set_null:
      case on_delete::set_default:
      case on_delete::set: {
        ir::expr* v = nullptr;
        if (fk.on_delete == on_delete::set_null) {
          if (!fk.null)
            fail(error_code::bad_schema,
                 fmt::format("{}.{} is SET_NULL but not null=True", child.name, fk.name));
          v = lv.null();
        } else {
          v = set_value(lv, child, fk);
        }
        const ir::assignment set{fk.column, v};
        // Django's count is of the rows deleted: these updates are left out of it.
        out.emplace_back(ir::update{child.db_table,
                                    lv.cx.mem.copy(std::span<const ir::assignment>(&set, 1)),
                                    lv.in_subquery(column_of(lv, child.db_table, fk.column),
                                                   select_column(lv, rows, target.column), true),
                                    false});
        break;
      }
      case on_delete::cascade: {
        // A tree's rows hold the rows below them already.
        if (rows.tree && cascades_to_itself(fk, r.to_model, rows.model)) break;
        const rows_of reached =
            rows_matching(lv, r.to_model, fk.column, select_column(lv, rows, target.column));
        // Through the parent link the child's rows go, and their own dependants; through any
        // other foreign key an inheriting model's rows take their parents along.
        if (fk.parent_link) {
          collect(lv, reached, out, depth + 1, false);
          out.emplace_back(
              ir::delete_rows{child.db_table,
                              lv.in_subquery(column_of(lv, child.db_table, fk.column),
                                             select_column(lv, rows, target.column), true),
                              {}});
          break;
        }
        delete_rows(lv, reached, out, depth + 1);
        break;
      }
    }
  }
}

}  // namespace

write_plan plan_delete(query_state& q, const ast::query& source) {
  level& lv = q.lv;
  check_not_sliced(q);
  if (lv.sel->distinct) fail(error_code::bad_argument, "cannot call delete() after distinct()");
  if (q.values_mode)
    fail(error_code::bad_argument, "cannot call delete() after values() or values_list()");
  write_plan out;
  // Django's collector finds no row to delete and runs no statement.
  if (selects_nothing(q)) return out;
  delete_rows(lv, {lv.model_index, lv.sel->tables[0], rows_predicate(q, source)}, out, 0);
  return out;
}

}  // namespace sqlweave::resolve
