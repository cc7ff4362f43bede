// SPDX-License-Identifier: MIT
// qs | other and qs & other: Django's Query.combine(). The other queryset's conditions join this
// one's in one SELECT, with OR or AND; with OR its joins reuse this side's (each at most once
// per filter() call of the other side), with AND it joins afresh, and the joins voted INNER by
// one side only of an OR become LEFT OUTER (JoinPromoter).
#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "catalog/catalog.hpp"
#include "resolve/joins.hpp"
#include "resolve/query.hpp"
#include "resolve/subqueries.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

using ast::step_kind;

std::string_view operator_of(const ast::step& st) {
  return st.kind == step_kind::combine_or ? "|" : "&";
}

// What Query.combine() takes of the other side: its conditions, its ordering when it has one,
// and values() naming what this side's values() names. Anything else it drops or mangles, and
// sqlweave refuses instead.
void check_other_steps(const query_state& q, const ast::step& st, const ast::query& other) {
  for (const auto& s : other.steps) {
    switch (s.kind) {
      case step_kind::all:
      case step_kind::filter:
      case step_kind::exclude:
      case step_kind::order_by:
      case step_kind::none:
      case step_kind::combine_or:
      case step_kind::combine_and: continue;
      case step_kind::distinct:
        if (s.args.empty() && q.lv.sel->distinct) continue;
        break;
      case step_kind::values:
      case step_kind::values_list:
        if (q.values_mode) continue;  // compared with this side's when applied
        break;
      default: break;
    }
    fail(error_code::unsupported,
         fmt::format("{}() on the right of '{}' is not supported: Query.combine() keeps only the "
                     "right side's conditions and ordering; call it on the combined queryset",
                     catalog::step_name(s), operator_of(st)),
         s.span);
  }
  const bool distinct = std::any_of(other.steps.begin(), other.steps.end(),
                                    [](const auto& s) { return s.kind == step_kind::distinct; });
  if (distinct != q.lv.sel->distinct)
    fail(error_code::bad_argument, "cannot combine a distinct() queryset with one that is not",
         st.span);
}

// Merging values() querysets: both sides name the same fields (_merge_sanity_check()).
void check_same_values(const query_state& q, const ast::step& values) {
  small<std::string_view, 8> names;
  for (const auto& a : values.args)
    if (a->kind == ast::node_kind::literal && a->val.kind() == value_kind::text)
      names.push_back(a->val.as_text());
  for (const auto& kw : values.kwargs) names.push_back(kw.name);
  auto sorted = [](auto v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  const auto ours = sorted(q.values_names);
  const auto theirs = sorted(names);
  if (!std::equal(ours.begin(), ours.end(), theirs.begin(), theirs.end()))
    fail(error_code::bad_argument,
         "querysets combined with values() must name the same fields on both sides", values.span);
}

bool has_none(const ast::query& other) {
  return std::any_of(other.steps.begin(), other.steps.end(),
                     [](const auto& s) { return s.kind == step_kind::none; });
}

}  // namespace

void combine(query_state& q, const ast::step& st) {
  level& lv = q.lv;
  const ast::node& arg = *st.args.front();
  if (arg.kind != ast::node_kind::subquery)
    fail(error_code::bad_argument, fmt::format("'{}' combines two querysets", operator_of(st)),
         arg.span);
  const ast::query& other = plain_queryset(lv.cx, *arg.sub);
  const bool any = st.kind == step_kind::combine_or;
  if (root_model(lv.cx.s, other, arg.span) != lv.model_index)
    fail(error_code::bad_argument,
         fmt::format("cannot combine querysets of two models ({} and {})", lv.m.name, other.model),
         arg.span);
  if (q.sliced)
    fail(error_code::unsupported,
         fmt::format("'{}' after slicing is not supported: slice the combined queryset",
                     operator_of(st)),
         st.span);
  check_other_steps(q, st, other);
  if (q.values_mode) {
    const auto v = std::find_if(other.steps.begin(), other.steps.end(), [](const auto& s) {
      return s.kind == step_kind::values || s.kind == step_kind::values_list;
    });
    if (v == other.steps.end())
      fail(error_code::bad_argument,
           "querysets combined with values() must name the same fields on both sides", arg.span);
    check_same_values(q, *v);
  }
  // An empty side: `none() | other` is the other, `qs | none()` is qs, and `&` is empty.
  if (has_none(other)) {
    if (!any) q.none = true;
    return;
  }
  if (q.none && !any) return;
  const bool this_side_empty = q.none;
  if (this_side_empty && lv.sel->tables.size() > 1)
    fail(error_code::unsupported,
         "none() | qs over a queryset with joins is not supported: write the other queryset alone",
         st.span);
  q.none = false;

  auto& tables = lv.sel->tables;
  const std::size_t first = tables.size();
  std::vector<ir::join_type> kept_types;
  alias_list votes;  // a table once per side that has it INNER
  for (std::size_t i = 1; i < first; ++i) {
    kept_types.push_back(tables[i]->type);
    if (tables[i]->type == ir::join_type::inner) votes.push_back(static_cast<int>(i));
  }
  // The other side sees this side's joins as it would have made them itself.
  if (any)
    for (std::size_t i = 1; i < first; ++i) {
      auto& t = *tables[i];
      const bool parent_outer =
          tables[static_cast<std::size_t>(t.parent)]->type == ir::join_type::left_outer;
      t.type = t.nullable || parent_outer ? ir::join_type::left_outer : ir::join_type::inner;
    }
  const small<ir::expr*> ours(lv.where.begin(), lv.where.end());
  lv.where.clear();
  const level::combining_side outer = std::move(lv.combining);  // `a | (b & c)`: b's
  lv.combining = {static_cast<int>(first), lv.filter_call + 1, any, {}};
  apply_manager(q, other);
  for (const auto& s : other.steps) {
    if (s.kind == step_kind::values || s.kind == step_kind::values_list ||
        s.kind == step_kind::distinct)
      continue;  // checked above: the same as this side's
    if (s.kind == step_kind::order_by && s.args.empty())
      continue;  // `rhs.order_by or self.order_by`: an empty one keeps this side's
    apply_step(q, s);
  }
  const auto& reused = lv.combining.reused;
  for (std::size_t i = 1; i < tables.size(); ++i)
    if (tables[i]->type == ir::join_type::inner &&
        (i >= first ||
         std::find(reused.begin(), reused.end(), static_cast<int>(i)) != reused.end()))
      votes.push_back(static_cast<int>(i));
  for (std::size_t i = 1; i < first; ++i) tables[i]->type = kept_types[i - 1];
  alias_list taken = std::move(lv.combining.reused);
  lv.combining = outer;
  for (const int t : taken)
    if (t < outer.first_table &&
        std::find(outer.reused.begin(), outer.reused.end(), t) == outer.reused.end())
      lv.combining.reused.push_back(t);

  if (!any) {
    lv.where.insert(lv.where.begin(), ours.begin(), ours.end());
    return;
  }
  alias_list once, twice;
  for (const int t : votes)
    (std::count(votes.begin(), votes.end(), t) == 1 ? once : twice).push_back(t);
  promote(lv, once);
  demote(lv, view(twice));
  // A side without conditions matches every row, and so does the OR.
  if (this_side_empty) return;
  if (ours.empty() || lv.where.empty()) {
    lv.where.clear();
    return;
  }
  ir::expr* sides[] = {lv.all_of(view(ours)), lv.all_of(view(lv.where))};
  lv.where.clear();
  lv.where.push_back(lv.junction(true, sides));
}

}  // namespace sqlweave::resolve
