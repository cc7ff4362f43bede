// SPDX-License-Identifier: MIT
// The terminal calls that still read rows: count(), exists(), first()/last()/earliest()/
// latest(), get(), aggregate(); and the finishing of a queryset used as a subquery.
#include <fmt/format.h>

#include <algorithm>

#include "catalog/catalog.hpp"
#include "ir/visit.hpp"
#include "resolve/conditions.hpp"
#include "resolve/expressions.hpp"
#include "resolve/query.hpp"
#include "resolve/types.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

node_refs refs(const std::vector<ast::expr>& v) {
  node_refs out;
  out.reserve(v.size());
  for (const auto& e : v) out.push_back(e.get());
  return out;
}

// earliest()/latest() without fields: Meta.get_latest_by's names (Django's _earliest()), which
// `nodes` holds while `terms` points at them.
void latest_by_terms(const model& m, source_span at, std::vector<ast::node>& nodes,
                     node_refs& terms) {
  if (!m.get_latest_by)
    fail(error_code::bad_argument,
         "earliest() and latest() require either fields as positional arguments or "
         "'get_latest_by' in the model's Meta.",
         at);
  nodes.resize(m.get_latest_by->size());
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    nodes[i].kind = ast::node_kind::literal;
    nodes[i].val = value((*m.get_latest_by)[i]);
    nodes[i].span = at;
    terms.push_back(&nodes[i]);
  }
}

// Rewrites an expression over this level's tables into one over the derived table `inner`:
// what `inner` selects is read by alias; other columns are added to its SELECT list (and to
// its GROUP BY when it is grouped, as Django's get_group_by() adds every selected column).
// Below the summary aggregates (`summary` false), an aggregate is one of the inner query's
// annotations, left out of its SELECT by values(): Django's rewrite_cols() selects it there.
ir::expr* lift(query_state& q, ir::expr* n, ir::select& inner, const ir::table_ref* derived,
               bool summary) {
  level& lv = q.lv;
  auto derived_column = [&](std::string_view alias, const ir::expr* like) {
    ir::expr* c = lv.cx.mem.node(ir::column{derived, alias, {}});
    c->type = like->type;
    return c;
  };
  for (const auto& item : inner.items)
    if (same_value(item.value, n)) return derived_column(item.alias, n);
  const bool annotation = !summary && n->is<ir::aggregate>();
  if (n->is<ir::column>() || annotation) {
    const auto alias = lv.text(fmt::format("col{}", inner.items.size() + 1));
    inner.items.push_back({n, alias, {}, {}});
    const bool in_group = std::any_of(inner.group_by.begin(), inner.group_by.end(),
                                      [&](const ir::expr* g) { return same_value(g, n); });
    if (!annotation && !inner.group_by.empty() && !in_group) inner.group_by.push_back(n);
    return derived_column(alias, n);
  }
  const bool below = summary && !n->is<ir::aggregate>();
  ir::expr* copy = lv.cx.mem.make<ir::expr>(*n);
  rewrite_children(lv.cx.mem, *copy,
                   [&](ir::expr* c) { return lift(q, c, inner, derived, below); });
  return copy;
}

// Django's resolve_ref(summarize=True): aggregate() reads an annotation by F() or a field name
// only where the query selects it, not an alias() or one a values() leaves out. A lookup's
// name (Case(When(n__gt=1))) inlines the annotation instead, so lookups are not looked into.
void check_summarized_ref(const query_state& q, std::string_view name, source_span span) {
  const annotation* a = q.lv.find_annotation(name);
  const bool selected =
      a && a->selected &&
      (!q.values_mode || std::any_of(q.values.begin(), q.values.end(),
                                     [&](const value_column& v) { return v.name == name; }));
  if (a && !selected)
    fail(error_code::bad_argument,
         fmt::format("Cannot aggregate over the '{}' alias. Use annotate() to promote it.", name),
         span);
}

void check_summarized_refs(const query_state& q, const ast::node& n) {
  if (n.kind == ast::node_kind::lookup || n.kind == ast::node_kind::subquery) return;
  if (n.kind == ast::node_kind::field) return check_summarized_ref(q, n.name, n.span);
  // A function's text argument names a field (Sum("n")), but Value("n")'s and RawSQL's.
  const bool names_fields =
      n.kind == ast::node_kind::call && n.name != "Value" && n.name != "RawSQL";
  for (const auto& c : n.args) {
    if (names_fields && is_text_literal(*c)) check_summarized_ref(q, c->val.as_text(), c->span);
    check_summarized_refs(q, *c);
  }
  for (const auto& kw : n.kwargs) check_summarized_refs(q, *kw.value);
}

void aggregate_terminal(query_state& q, const ast::step& st) {
  // aggregate() over a plain queryset is one SELECT of aggregates; over a grouped, distinct or
  // sliced one, the aggregates run over that query as a derived table.
  level& lv = q.lv;
  if (q.none) lv.where.assign(1, lv.truth(false));
  if (!q.distinct_on.empty())
    fail(error_code::bad_argument, "aggregate() after distinct(*fields) is not implemented",
         st.span);
  const bool derived = lv.sel->distinct || q.sliced ||
                       std::any_of(lv.annotations.begin(), lv.annotations.end(),
                                   [](const auto& a) { return a.value->has_aggregate; });
  small<ir::select_item> aggregates;
  lv.summarizing = derived;
  auto add = [&](std::string_view name, const ast::node& e, source_span span) {
    check_alias(name, span);
    check_summarized_refs(q, e);
    ir::expr* x = annotation_value(q, e);
    if (!x->has_aggregate)
      fail(error_code::bad_argument, fmt::format("'{}' is not an aggregate expression", name),
           span);
    require_type(*x);
    aggregates.push_back({x, name, {}, {}});
  };
  for (const auto& a : st.args) add(default_alias(lv, *a), *a, a->span);
  for (const auto& kw : st.kwargs) add(kw.name, *kw.value, kw.span);
  if (aggregates.empty())
    fail(error_code::bad_argument, "aggregate() needs at least one aggregate", st.span);
  if (!derived) {
    lv.sel->items.assign(aggregates.begin(), aggregates.end());
    lv.sel->where = lv.all_of(view(lv.where));
    return;
  }
  // This level becomes the inner query; the aggregates read its columns by alias.
  q.explicit_order = q.explicit_order || !q.sliced;
  if (!q.sliced) q.order_terms.clear();
  finalize(q, nullptr);
  ir::select* inner = lv.sel;
  for (std::size_t i = 0; i < inner->items.size(); ++i)
    if (inner->items[i].alias.empty()) inner->items[i].alias = lv.text(fmt::format("col{}", i + 1));
  ir::select* outer = lv.new_select();
  ir::table_ref from;
  from.alias = "subquery";
  from.derived = inner;
  ir::table_ref* t = lv.new_table(from);
  outer->tables.push_back(t);
  for (auto& a : aggregates)
    outer->items.push_back({lift(q, a.value, *inner, t, true), a.alias, {}, {}});
  lv.sel = outer;
}

// Django's WhereNode.split_having(): the parts of a condition without an aggregate go to WHERE
// (filter(n__gt=1, rel__x=2) keeps rel__x's join filtering rows), the rest to HAVING; a
// junction that cannot be split by De Morgan (OR, or AND under NOT) goes whole to HAVING.
void split_having(level& lv, ir::expr* e, bool negated, small<ir::expr*>& where,
                  small<ir::expr*>& having) {
  if (!e->has_aggregate) {
    where.push_back(negated ? lv.negate(e) : e);
    return;
  }
  if (const auto* n = e->as<ir::logical_not>())
    return split_having(lv, n->operand, !negated, where, having);
  const auto* j = e->as<ir::junction>();
  if (j == nullptr || j->any != negated) {
    having.push_back(negated ? lv.negate(e) : e);
    return;
  }
  // AND, or OR under NOT (each part negated): every part is its own condition.
  for (auto* part : j->parts) split_having(lv, part, negated, where, having);
}

}  // namespace

void finalize(query_state& q, const ast::step* terminal) {
  using ast::step_kind;
  level& lv = q.lv;
  ir::select& s = *lv.sel;
  const auto kind = terminal ? terminal->kind : step_kind::all;
  if (kind == step_kind::get) {
    if (q.sliced && !terminal->args.empty())
      fail(error_code::bad_argument, "cannot filter a query once a slice has been taken",
           terminal->span);
    add_filter(lv, refs(terminal->args), false);
    if (!q.sliced) {
      q.explicit_order = true;
      q.order_terms.clear();
      // Django's MAX_GET_RESULTS: room to detect MultipleObjectsReturned, where a locking
      // query may have a LIMIT.
      if (!q.lock || lv.cx.dialect.lock_with_limit) s.limit = 21;
    }
  }
  if (kind == step_kind::aggregate) return aggregate_terminal(q, *terminal);
  if (q.none) lv.where.assign(1, lv.truth(false));
  build_select_list(q);
  s.distinct_on = lv.cx.mem.list(q.distinct_on);
  const bool one_row = kind == step_kind::first || kind == step_kind::last ||
                       kind == step_kind::earliest || kind == step_kind::latest;
  if (q.lock && lv.cx.dialect.row_locks && !lv.cx.dialect.lock_with_limit && (q.sliced || one_row))
    unsupported(lv.cx.dialect.name, "LIMIT/OFFSET with select_for_update()", q.lock_span);
  small<ir::expr*> where, having;
  for (auto* w : lv.where) split_having(lv, w, false, where, having);
  s.where = lv.all_of(view(where));
  s.having = lv.all_of(view(having));

  const bool first_or_last = kind == step_kind::first || kind == step_kind::last ||
                             kind == step_kind::earliest || kind == step_kind::latest;
  const bool from_end = kind == step_kind::last || kind == step_kind::latest;
  // Meta.get_latest_by's names as order terms, alive until build_order_by() has read them.
  std::vector<ast::node> latest_by;
  if (kind == step_kind::earliest || kind == step_kind::latest) {
    if (q.sliced)
      fail(error_code::bad_argument,
           fmt::format("cannot call {}() once a slice has been taken", catalog::method_name(kind)),
           terminal->span);
    q.explicit_order = true;
    q.order_terms.clear();
    for (const auto& a : terminal->args) q.order_terms.push_back(a.get());
    if (terminal->args.empty()) latest_by_terms(lv.m, terminal->span, latest_by, q.order_terms);
  }
  if (first_or_last) {
    // Django's QuerySet.ordered: Meta.ordering does not order a GROUP BY query, so first() of
    // an annotate() with an aggregate orders by the primary key.
    const bool grouped = std::any_of(lv.annotations.begin(), lv.annotations.end(),
                                     [](const auto& a) { return a.value->has_aggregate; });
    const bool ordered = q.explicit_order ? !q.order_terms.empty()
                                          : !grouped && (!lv.m.ordering.empty() ||
                                                         !lv.m.ordering_unreadable.empty());
    if (from_end && q.sliced)
      fail(error_code::bad_argument,
           fmt::format("cannot call {}() once a slice has been taken", catalog::method_name(kind)),
           terminal->span);
    // earliest()/latest() order by what they were given only (an empty get_latest_by: nothing).
    if (!ordered && (kind == step_kind::first || kind == step_kind::last)) {
      q.explicit_order = true;
      q.order_terms.clear();
      static const ast::expr pk = ast::make_literal(value("pk"));
      q.order_terms.push_back(pk.get());
    }
    s.limit = s.limit < 0 ? 1 : std::min<std::int64_t>(s.limit, 1);
  }
  // get_aggregation() keeps a sliced count()'s ordering (its joins may repeat rows); exists()
  // clears it always.
  if (kind != step_kind::exists && (kind != step_kind::count || q.sliced))
    build_order_by(q, from_end);
  build_group_by(q);
  finish_lock(q);

  if (kind == step_kind::count) {
    if (s.distinct || grouped(q) || q.sliced) {
      s.shape = ir::select_shape::wrapped_count;
    } else {
      s.items.clear();
      s.shape = ir::select_shape::count;
    }
  }
  if (kind == step_kind::exists) {
    if (!s.distinct && !q.sliced) {
      s.items.clear();
      s.shape = ir::select_shape::exists_probe;
      if (!lv.outer) s.limit = 1;
    } else if (!lv.outer) {
      s.limit = s.limit < 0 ? 1 : std::min<std::int64_t>(s.limit, 1);
    }
  }
}

void finish_subquery(query_state& q, bool exists) {
  level& lv = q.lv;
  if (lv.reads_outer_text && lv.cx.dialect.subquery_cache_folds_case) {
    // The outer primary key in the subquery makes it part of the cache key: one entry a row.
    const field& pk = lv.outer->m.pk_field();
    lv.where.push_back(lv.is_null(lv.outer->column(0, pk.column, &pk), true));
  }
  // Ordering means nothing to IN/EXISTS/scalar use unless the subquery is sliced.
  if (!q.sliced) {
    q.explicit_order = true;
    q.order_terms.clear();
  }
  if (exists) {
    ast::step probe;
    probe.kind = ast::step_kind::exists;
    finalize(q, &probe);
    return;
  }
  if (!q.values_mode) {
    // __in=qs without values(): compare against the primary key.
    q.values_mode = true;
    const field& pk = q.lv.m.pk_field();
    q.values.push_back({pk.name, q.lv.column(0, pk.column, &pk), q.lv.m.name, pk.name});
  }
  finalize(q, nullptr);
}

}  // namespace sqlweave::resolve
