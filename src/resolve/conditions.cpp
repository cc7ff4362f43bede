// SPDX-License-Identifier: MIT
#include "resolve/conditions.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "resolve/expressions.hpp"
#include "resolve/joins.hpp"
#include "resolve/lookups.hpp"
#include "resolve/subqueries.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

void sort_unique(alias_list& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

node_refs refs(const std::vector<ast::expr>& v) {
  node_refs out;
  out.reserve(v.size());
  for (const auto& e : v) out.push_back(e.get());
  return out;
}

ir::expr* q_child(level& lv, const ast::node& n, const use_site& site, alias_list& votes);

// Django adds no clause for a Q() that holds no lookups, negated or not (Q() | Q(a) is Q(a),
// filter(~Q()) keeps every row): such a tree is dropped wherever it stands.
bool empty_q(const ast::node& n) {
  if (n.kind != ast::node_kind::q_and && n.kind != ast::node_kind::q_or &&
      n.kind != ast::node_kind::q_not)
    return false;
  return std::all_of(n.args.begin(), n.args.end(), [](const auto& a) { return empty_q(*a); });
}

// JoinPromoter: a join every child needs may be INNER; under OR a join only some children need
// must be LEFT OUTER so the other branches keep their rows. NOT flips the connector.
ir::expr* q_tree(level& lv, bool connector_or, const node_refs& children, use_site site,
                 alias_list& needed_inner) {
  const bool effective_or = site.negated ? !connector_or : connector_or;
  small<std::pair<int, int>> votes;  // join index, how many children need it
  small<ir::expr*> parts;
  int n = 0;
  for (const ast::node* child : children) {
    if (empty_q(*child)) continue;
    ++n;
    alias_list child_votes;
    parts.push_back(q_child(lv, *child, site, child_votes));
    sort_unique(child_votes);
    for (int a : child_votes) {
      auto it =
          std::find_if(votes.begin(), votes.end(), [a](const auto& v) { return v.first == a; });
      if (it == votes.end())
        votes.emplace_back(a, 1);
      else
        ++it->second;
    }
  }
  alias_list to_promote;
  needed_inner.clear();  // the joins to demote
  for (auto [alias, count] : votes) {
    if (effective_or && count < n) to_promote.push_back(alias);
    if (!effective_or || count == n) needed_inner.push_back(alias);
  }
  promote(lv, to_promote);
  demote(lv, view(needed_inner));
  if (parts.empty()) return lv.truth(true);
  if (parts.size() == 1) return parts.front();
  return lv.junction(connector_or, view(parts));
}

ir::expr* q_child(level& lv, const ast::node& n, const use_site& site, alias_list& votes) {
  switch (n.kind) {
    case ast::node_kind::lookup: return lookup_condition(lv, n, site, votes);
    case ast::node_kind::q_and:
      if (n.args.empty()) return lv.truth(true);
      return q_tree(lv, false, refs(n.args), site, votes);
    case ast::node_kind::q_or:
      if (n.args.empty()) return lv.truth(true);
      return q_tree(lv, true, refs(n.args), site, votes);
    case ast::node_kind::q_not: {
      if (empty_q(n)) return lv.truth(true);
      use_site inner = site;
      inner.negated = !inner.negated;
      // Q.resolve_expression() adds the Q without split_subq: no NOT EXISTS inside expressions.
      inner.branch_negated = !site.in_expression;
      ir::expr* operand = q_tree(lv, false, refs(n.args), inner, votes);
      // ~Exists(...) is Exists' own negation, `NOT EXISTS(...)`; ~Q(...) wraps its condition.
      const bool bare = n.args.size() == 1 && n.args[0]->kind == ast::node_kind::call &&
                        operand->is<ir::exists>();
      return lv.negate(operand, bare);
    }
    default:
      // A conditional expression (Exists(...), a boolean annotation): no join votes.
      return condition(lv, n, site, nullptr);
  }
}

}  // namespace

void add_filter(level& lv, const node_refs& children, bool negate) {
  ++lv.filter_call;
  if (std::all_of(children.begin(), children.end(), [](const ast::node* c) { return empty_q(*c); }))
    return;
  alias_list existing_inner;
  for (std::size_t i = 1; i < lv.sel->tables.size(); ++i)
    if (lv.sel->tables[i]->type == ir::join_type::inner)
      existing_inner.push_back(static_cast<int>(i));
  use_site site;
  site.in_filter = true;
  site.negated = site.branch_negated = negate;
  alias_list needed;
  ir::expr* pred = q_tree(lv, false, children, site, needed);
  if (pred->has_window)
    fail(error_code::bad_argument, "a window expression is not allowed in filter()",
         children.empty() ? source_span{} : children.front()->span);
  if (negate) pred = lv.negate(pred);
  lv.where.push_back(pred);
  demote(lv, view(existing_inner));
}

ir::expr* condition(level& lv, const ast::node& n, const use_site& site, alias_list* votes) {
  switch (n.kind) {
    case ast::node_kind::lookup:
    case ast::node_kind::q_and:
    case ast::node_kind::q_or:
    case ast::node_kind::q_not: {
      use_site inner;
      inner.negated = site.negated;
      inner.in_expression = true;
      alias_list used;
      const std::size_t before = lv.sel->tables.size();
      ir::expr* c = q_child(lv, n, inner, used);
      // Q.resolve_expression() promotes every join the condition voted INNER, not only its
      // new ones: Q(a, b) over an annotation's LEFT JOIN must not drop the unmatched rows.
      if (votes) votes->insert(votes->end(), used.begin(), used.end());
      for (std::size_t i = before; i < lv.sel->tables.size(); ++i)
        used.push_back(static_cast<int>(i));
      promote(lv, used);
      return c;
    }
    default: break;
  }
  // Django's filter() takes only conditional expressions: an F() or a plain value never is.
  if (n.kind == ast::node_kind::literal || n.kind == ast::node_kind::field ||
      n.kind == ast::node_kind::outer_ref || n.kind == ast::node_kind::param)
    fail(error_code::bad_argument,
         "cannot filter against a non-conditional expression: use a lookup, Q() or Exists()",
         n.span);
  ir::expr* e = expression(lv, n, site, votes);
  if (e->conditional) return e;
  if (!e->is_class(type_class::boolean))
    fail(error_code::bad_argument,
         e->type ? fmt::format("a {} is not a condition: use a lookup, Q() or a boolean expression",
                               to_string(*e->type))
                 : std::string("this expression is not a condition: use a lookup or Q()"),
         n.span);
  // A boolean expression used as a condition: `expr = TRUE`.
  static const value true_value{true};
  return lv.compare(ir::compare_op::eq, e, lv.param(&true_value, field_type::boolean_field));
}

}  // namespace sqlweave::resolve
