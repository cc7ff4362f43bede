// SPDX-License-Identifier: MIT
// The ORDER BY binder: order_by() terms ('-name', '?', expressions with asc()/desc()), a
// relation's Meta.ordering, the model's Meta.ordering by default, reverse().
#include <fmt/format.h>

#include <algorithm>

#include "resolve/expressions.hpp"
#include "resolve/query.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

ir::nulls_order nulls_of(ast::nulls_order n) {
  switch (n) {
    case ast::nulls_order::first: return ir::nulls_order::first;
    case ast::nulls_order::last: return ir::nulls_order::last;
    case ast::nulls_order::unspecified: break;
  }
  return ir::nulls_order::unspecified;
}

// The model a path ends on when its last part is a relation with a default ordering.
// The parts are read in place: most terms name a column, which the first part already says.
const model* related_ordering(const query_state& q, std::string_view path) {
  const model* m = &q.lv.m;
  while (true) {
    const auto at = path.find("__");
    const member* mem = m->find(path.substr(0, at));
    if (!mem || mem->what != member::kind::relation) return nullptr;
    m = &q.lv.cx.s.at(q.lv.cx.s.rel(mem->index).to_model);
    if (at == std::string_view::npos) break;
    path.remove_prefix(at + 2);
  }
  return m->ordering.empty() && m->ordering_unreadable.empty() ? nullptr : m;
}

// Meta.ordering of `m` when a queryset applies it: refused when sqlweave could not read it.
void check_readable(const model& m, source_span at) {
  if (!m.ordering_unreadable.empty())
    fail(error_code::unsupported,
         fmt::format("the default ordering of {} cannot be applied: {}; give the queryset an "
                     "order_by()",
                     m.name, m.ordering_unreadable),
         at);
}

// An annotation the SELECT list shows is ordered by its alias, as Django's Ref; one masked out
// of it by values() by its expression.
ir::expr* selected_alias(query_state& q, const annotation& a) {
  const auto& items = q.lv.sel->items;
  const bool selected = std::any_of(items.begin(), items.end(), [&](const auto& i) {
    return i.alias == a.name && i.value == a.value;
  });
  if (!selected) return a.value;
  ir::expr* ref = q.lv.cx.mem.node(ir::alias_ref{a.name, a.value});
  ref->type = a.value->type;
  absorb(*ref, *a.value);
  return ref;
}

void order_term(query_state& q, const ast::node& term, bool descending, ir::nulls_order nulls,
                int depth) {
  auto& order = q.lv.sel->order_by;
  if (term.kind == ast::node_kind::order) {
    order_term(q, *term.args[0], term.descending != descending, nulls_of(term.nulls), depth);
    return;
  }
  if (!is_text_literal(term)) {
    if (term.kind == ast::node_kind::literal)
      fail(error_code::bad_argument,
           "order_by() takes field names as strings or expressions, not other values", term.span);
    if (term.kind == ast::node_kind::lookup || term.kind == ast::node_kind::q_and ||
        term.kind == ast::node_kind::q_or || term.kind == ast::node_kind::q_not)
      fail(error_code::bad_argument, "order_by() takes fields or expressions, not Q()", term.span);
    if (calls_aggregate(term))
      fail(error_code::bad_argument,
           "an aggregate in order_by() must be annotated first: annotate() it and order by its "
           "name",
           term.span);
    order.push_back({expression(q.lv, term, use_site{}, nullptr), descending, nulls});
    return;
  }
  std::string_view name = term.val.as_text();
  if (name == "?") {
    ir::expr* random = q.lv.cx.mem.node(ir::call{ir::function::random, {}}, term.span);
    order.push_back({random, false, nulls});
    return;
  }
  if (!name.empty() && name.front() == '-') {
    descending = !descending;
    name.remove_prefix(1);
  }
  if (name.empty()) fail(error_code::bad_argument, "empty field name in order_by()", term.span);
  if (depth < 4)
    if (const model* target = related_ordering(q, name)) {
      // Ordering by a relation orders by the related model's Meta.ordering, as Django does.
      check_readable(*target, term.span);
      for (const auto& o : target->ordering) {
        // Django 3.2 resolves such an expression against the outer model, not through the
        // relation (4.1 prefixes its fields): neither is written here.
        if (o.find('(') != std::string::npos)
          fail(error_code::unsupported,
               fmt::format("ordering by '{}' applies the Meta.ordering of {}, whose expression {} "
                           "sqlweave does not apply through a relation; order by its fields "
                           "('{}__<field>')",
                           name, target->name, o, name),
               term.span);
        const bool desc = !o.empty() && o.front() == '-';
        ast::node sub;
        sub.kind = ast::node_kind::literal;
        sub.val = value(std::string(name) + "__" + (desc ? o.substr(1) : o));
        sub.span = term.span;
        order_term(q, sub, desc != descending, nulls, depth + 1);
      }
      return;
    }
  ir::expr* e = nullptr;
  // A transform values() selects ("published__month") is ordered by the same expression, so
  // SELECT DISTINCT holds it once.
  const auto v = std::find_if(q.values.begin(), q.values.end(), [&](const value_column& c) {
    return q.values_mode && c.name == name && !c.value->is<ir::column>();
  });
  if (const auto* a = q.lv.find_annotation(name))
    e = selected_alias(q, *a);
  else if (v != q.values.end())
    e = v->value;
  else
    e = field_ref(q.lv, name, term.span, use_site{}, nullptr);
  order.push_back({e, descending, nulls});
}

// PostgreSQL's rule for DISTINCT ON, which Django leaves to the database to raise: once ORDER
// BY has a term that is not a distinct field, every distinct field must have come before it.
void check_distinct_on(const query_state& q) {
  const auto& order = q.lv.sel->order_by;
  auto same = [](const ir::expr* d, const ir::order_item& o) {
    const auto* ref = o.value->as<ir::alias_ref>();
    return same_value(d, ref ? ref->target : o.value);
  };
  const auto other = std::find_if(order.begin(), order.end(), [&](const ir::order_item& o) {
    return std::none_of(q.distinct_on.begin(), q.distinct_on.end(),
                        [&](const ir::expr* d) { return same(d, o); });
  });
  if (other == order.end()) return;
  for (const ir::expr* d : q.distinct_on)
    if (std::none_of(order.begin(), other, [&](const ir::order_item& o) { return same(d, o); }))
      fail(error_code::bad_argument,
           "distinct(*fields) must lead order_by(): SELECT DISTINCT ON expressions must match "
           "initial ORDER BY expressions",
           other->value->span.empty() ? q.distinct_span : other->value->span);
}

// Meta.ordering applied as Django's get_order_by() applies it when no order_by() is given:
// each term as order_by() would take it.
void default_ordering(query_state& q, const model& m) {
  for (const auto& t : m.ordering_terms->steps.front().args) {
    if (t->kind == ast::node_kind::literal) {
      ast::node term = *t;
      term.span = {};  // a place in the models, not in this query's text
      order_term(q, term, false, ir::nulls_order::unspecified, 0);
      continue;
    }
    try {
      order_term(q, *t, false, ir::nulls_order::unspecified, 0);
    } catch (const error& e) {
      fail(e.code(), fmt::format("in the Meta.ordering of {}: {}", m.name, e.what()), {});
    }
  }
}

}  // namespace

void set_ordering(query_state& q, const ast::step& st) {
  q.explicit_order = true;
  q.order_terms.clear();
  for (const auto& a : st.args) q.order_terms.push_back(a.get());
}

void build_order_by(query_state& q, bool flip) {
  auto& order = q.lv.sel->order_by;
  order.clear();
  if (q.explicit_order) {
    for (const auto* t : q.order_terms) order_term(q, *t, false, ir::nulls_order::unspecified, 0);
  } else if (!grouped(q)) {
    check_readable(q.lv.m, {});
    if (q.lv.m.ordering_terms) default_ordering(q, q.lv.m);
  }
  if (q.reversed != flip)
    for (auto& o : order) {
      o.descending = !o.descending;
      if (o.nulls != ir::nulls_order::unspecified)
        o.nulls =
            o.nulls == ir::nulls_order::first ? ir::nulls_order::last : ir::nulls_order::first;
    }
  if (!q.distinct_on.empty()) check_distinct_on(q);
  // SELECT DISTINCT can only be ordered by what it selects: add missing terms as columns.
  // DISTINCT ON orders by anything (Django adds nothing to the SELECT there).
  if (!q.lv.sel->distinct || !q.distinct_on.empty()) return;
  auto& items = q.lv.sel->items;
  for (const auto& o : order) {
    const auto* ref = o.value->as<ir::alias_ref>();
    const bool present = std::any_of(items.begin(), items.end(), [&](const auto& i) {
      return same_value(i.value, o.value) || (ref && i.alias == ref->alias);
    });
    if (!present) items.push_back({o.value, {}, {}, {}});
  }
}

}  // namespace sqlweave::resolve
