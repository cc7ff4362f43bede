// SPDX-License-Identifier: MIT
// A whole queryset: its steps, then its terminal call; and querysets used inside expressions.
#include "resolve/query.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "catalog/catalog.hpp"
#include "related_manager.hpp"
#include "resolve/conditions.hpp"
#include "resolve/subqueries.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

bool is_terminal(ast::step_kind k) {
  return k >= ast::step_kind::aggregate;
}

// iterator(chunk_size=2000): how many rows a fetch takes, which the SQL does not show.
void check_chunk_size(const ast::step& st) {
  const ast::node* n = !st.args.empty()    ? st.args[0].get()
                       : st.kwargs.empty() ? nullptr
                                           : st.kwargs[0].value.get();
  if (!n) return;
  if (n->kind != ast::node_kind::literal || n->val.kind() != value_kind::integer ||
      n->val.as_int() <= 0)
    fail(error_code::bad_argument, "iterator(chunk_size=) must be strictly positive", n->span);
}

// aggregate() of no aggregate over a queryset that selects no annotation either (with one,
// Django 3.2 renders `SELECT  FROM (...)`, which aggregate_terminal() refuses).
bool aggregates_nothing(const query_state& q, const ast::step& st) {
  return st.args.empty() && st.kwargs.empty() && q.lv.annotations.empty() && q.distinct_on.empty();
}

resolved run(query_state& q, const ast::query& source) {
  resolved out;
  const ast::step* terminal = nullptr;
  const ast::step* index = nullptr;  // qs[i] is one row: nothing may follow it
  for (const auto& st : source.steps) {
    check_method_known(q, st);
    if (terminal)
      fail(error_code::bad_argument,
           fmt::format("{}() cannot follow {}(), which ends the query", catalog::step_name(st),
                       catalog::step_name(*terminal)),
           st.span);
    if (index)
      fail(error_code::bad_argument,
           fmt::format("{}() cannot follow qs[i], which is one row, not a queryset",
                       catalog::step_name(st)),
           st.span);
    if (st.kind == ast::step_kind::slice && st.index) index = &st;
    if (is_terminal(st.kind)) {
      check_not_overridden(q, st, q.at_manager);
      catalog::check_arguments(catalog::method_of(st.kind), st);
      terminal = &st;
      continue;
    }
    apply_step(q, st);
  }
  const auto kind = terminal ? terminal->kind : ast::step_kind::all;
  out.is_write = kind == ast::step_kind::update || kind == ast::step_kind::delete_rows ||
                 kind == ast::step_kind::create || kind == ast::step_kind::bulk_create ||
                 kind == ast::step_kind::bulk_update;
  if (kind == ast::step_kind::aggregate && aggregates_nothing(q, *terminal)) {
    out.single_row = true;
    return out;  // no SELECT: Django's get_aggregation() returns {} without a query
  }
  switch (kind) {
    case ast::step_kind::update: out.writes = plan_update(q, source, *terminal); return out;
    case ast::step_kind::delete_rows: out.writes = plan_delete(q, source); return out;
    case ast::step_kind::create:
    case ast::step_kind::bulk_create: out.writes = plan_insert(q, *terminal); return out;
    case ast::step_kind::bulk_update: out.writes = plan_bulk_update(q, *terminal); return out;
    case ast::step_kind::exists: out.returns_bool = true; [[fallthrough]];
    case ast::step_kind::count:
    case ast::step_kind::first:
    case ast::step_kind::last:
    case ast::step_kind::earliest:
    case ast::step_kind::latest:
    case ast::step_kind::get:
    case ast::step_kind::aggregate: out.single_row = true; break;
    case ast::step_kind::in_bulk: out.keyed_by = plan_in_bulk(q, *terminal); break;
    case ast::step_kind::iterator: check_chunk_size(*terminal); break;
    case ast::step_kind::explain: {
      const ir::explain* e = plan_explain(q.lv.cx, *terminal);
      finalize(q, nullptr);
      q.lv.sel->explain = e;
      out.select = q.lv.sel;
      return out;
    }
    default: out.single_row = index != nullptr;
  }
  finalize(q, kind == ast::step_kind::in_bulk ? nullptr : terminal);
  out.select = q.lv.sel;  // aggregate() over a derived table replaces the SELECT
  const bool rows = kind == ast::step_kind::all || kind == ast::step_kind::in_bulk ||
                    kind == ast::step_kind::first || kind == ast::step_kind::last ||
                    kind == ast::step_kind::earliest || kind == ast::step_kind::latest ||
                    kind == ast::step_kind::get;
  if (rows) plan_prefetches(q, out.prefetches);
  return out;
}

// Whether table i of `a` and table j of `b` get one alias in Django's Query, which names a
// table by its name the first time and T<index + 1> after.
bool same_django_alias(const ir::select& a, std::size_t i, const ir::select& b, std::size_t j) {
  auto first_use = [](const ir::select& s, std::size_t k) {
    return std::none_of(s.tables.begin(), s.tables.begin() + static_cast<std::ptrdiff_t>(k),
                        [&](const auto* t) { return t->table == s.tables[k]->table; });
  };
  const bool named_a = first_use(a, i);
  if (named_a != first_use(b, j)) return false;
  return named_a ? a.tables[i]->table == b.tables[j]->table : i == j;
}

// split_exclude(): when the subquery's first multi-valued join has the alias of a join this
// filter() call already made (Django compares the names), the subquery is pinned to that
// outer row by its primary key, so `Q(rel__a=1) | ~Q(rel__b=2)` tests one related row.
void pin_to_reused_join(level& lv, level& inner) {
  if (lv.filter_call < 0) return;
  const auto& in = inner.sel->tables;
  const auto first =
      std::find_if(in.begin() + 1, in.end(), [](auto* t) { return t->multi_valued; });
  if (first == in.end()) return;
  const auto i = static_cast<std::size_t>(first - in.begin());
  const auto& out = lv.sel->tables;
  for (std::size_t j = 1; j < out.size(); ++j) {
    if (out[j]->filter_call != lv.filter_call || !same_django_alias(*inner.sel, i, *lv.sel, j))
      continue;
    // An implicit M2M link table has no model: its key is Django's auto-created `id`.
    const field* key = (*first)->model >= 0 ? &lv.cx.s.at((*first)->model).pk_field() : nullptr;
    const std::string_view column = key ? std::string_view(key->column) : "id";
    inner.where.push_back(inner.compare(ir::compare_op::eq,
                                        inner.column(static_cast<int>(i), column, key),
                                        lv.column(static_cast<int>(j), column, key)));
    return;
  }
}

int model_of(level& lv, const ast::query& source, source_span span) {
  return root_model(lv.cx.s, source, span);
}

}  // namespace

resolved resolve_query(context& cx, const ast::query& source) {
  if (is_compound(source)) return resolve_compound(cx, source);
  const int index = root_model(cx.s, source);
  query_state q(cx, index, nullptr);
  apply_manager(q, source);
  return run(q, source);
}

void apply_inner_steps(query_state& q, const ast::query& source) {
  for (const auto& st : source.steps) {
    if (is_terminal(st.kind))
      fail(error_code::bad_argument,
           fmt::format("a subquery cannot end with {}()", catalog::step_name(st)), st.span);
    apply_step(q, st);
  }
}

const ast::query& plain_queryset(context& cx, const ast::query& q) {
  if (!q.instance) return q;
  return cx.related_querysets.emplace_back(detail::related_queryset(cx.s, q));
}

ir::expr* subquery_value(level& lv, const ast::query& written, bool exists, source_span span,
                         bool bare) {
  std::optional<ast::query> instance =
      exists ? std::nullopt : detail::instance_value(lv.cx.s, written);
  const ast::query& source = instance ? lv.cx.related_querysets.emplace_back(std::move(*instance))
                                      : plain_queryset(lv.cx, written);
  query_state inner(lv.cx, model_of(lv, source, span), &lv);
  apply_manager(inner, source);
  apply_inner_steps(inner, source);
  if (!exists && !inner.values_mode && bare && inner.lv.sel->limit == 1) {
    const field& key = inner.lv.m.pk_field();
    inner.values_mode = true;
    inner.values.push_back(
        {key.name, inner.lv.column(0, key.column, &key), inner.lv.m.name, key.name});
  }
  if (!exists && !inner.values_mode)
    fail(error_code::bad_argument,
         "a subquery used as a value needs values() with one field: a model's rows have no single "
         "output field",
         span);
  finish_subquery(inner, exists);
  const ir::select* sub = inner.lv.sel;
  if (exists) {
    ir::expr* e = lv.cx.mem.node(ir::exists{sub}, span);
    e->conditional = true;
    e->type = field_type::boolean_field;
    return e;
  }
  if (sub->items.size() != 1)
    fail(error_code::bad_argument,
         "a subquery used as a value must select exactly one column (use values())", span);
  ir::expr* e = lv.cx.mem.node(ir::scalar_subquery{sub}, span);
  e->type = sub->items.front().value->type;
  // Over a queryset that matches nothing SQL's value is NULL, which a condition would compare;
  // Django drops the condition instead. (Exists() is false in both.)
  e->over_empty = matches_nothing(sub->where) || sub->limit == 0;
  return e;
}

const ir::select* in_subquery_select(level& lv, const ast::query& written, const field* target,
                                     int target_model, bool relation, source_span span) {
  const ast::query& source = plain_queryset(lv.cx, written);
  const int index = model_of(lv, source, span);
  query_state inner(lv.cx, index, &lv);
  apply_manager(inner, source);
  apply_inner_steps(inner, source);
  if (!inner.values_mode && relation && target && target_model >= 0) {
    // `author__in=qs`: qs must be of the related model; it is compared on the relation's key.
    // A multi-table parent's or child's queryset shares the primary key (Django's
    // check_rel_lookup_compatible()) and is compared on its own.
    const auto& s = lv.cx.s;
    const field* key = index == target_model ? target : nullptr;
    if (!key && target == &s.at(target_model).pk_field() &&
        (inherits_from(s, s.at(index), s.at(target_model)) ||
         inherits_from(s, s.at(target_model), s.at(index))))
      key = &s.at(index).pk_field();
    if (!key)
      fail(error_code::bad_value,
           fmt::format("cannot use a queryset of {} for a relation to {}", s.at(index).name,
                       s.at(target_model).name),
           span);
    inner.values_mode = true;
    inner.values.push_back(
        {key->name, inner.lv.column(0, key->column, key), inner.lv.m.name, key->name});
  }
  finish_subquery(inner, false);
  if (inner.lv.sel->items.size() != 1)
    fail(error_code::bad_value,
         "an __in queryset must select exactly one column (use values() with one field)", span);
  if (inner.sliced && !lv.cx.dialect.limit_in_subquery)
    unsupported(lv.cx.dialect.name, "a sliced queryset in an __in lookup", span);
  return inner.lv.sel;
}

ir::expr* exclude_multi_valued(level& lv, const ast::node& lookup) {
  query_state inner(lv.cx, lv.model_index, &lv);
  // The subquery walks the same FilteredRelations, with joins of its own.
  for (const auto& f : lv.filtered)
    inner.lv.filtered.push_back({f.name, f.relation, f.condition, -1});
  const field& pk = lv.m.pk_field();
  inner.lv.where.push_back(inner.lv.compare(ir::compare_op::eq, inner.lv.column(0, pk.column, &pk),
                                            lv.column(0, pk.column, &pk)));
  add_filter(inner.lv, {&lookup}, false);
  pin_to_reused_join(lv, inner.lv);
  finish_subquery(inner, true);
  ir::expr* e = lv.cx.mem.node(ir::exists{inner.lv.sel}, lookup.span);
  e->conditional = true;
  return e;
}

}  // namespace sqlweave::resolve
