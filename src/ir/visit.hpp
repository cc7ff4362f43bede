// SPDX-License-Identifier: MIT
// Walking an expression's children, for the passes that look inside a tree. Subqueries are
// their own scope: their expressions are not children.
#pragma once

#include <memory_resource>
#include <type_traits>
#include <vector>

#include "ir/arena.hpp"
#include "ir/ir.hpp"

namespace sqlweave::ir {

/// The one list of where each form keeps its children: calls `one(child_slot)` for single
/// children, `many(list_slot)` for lists, `whens(when_list_slot)` for Case's branches and
/// `orders(order_list_slot)` for a window's ordering, `pieces(piece_list_slot)` for trusted SQL.
/// `N` is a form, const or not, so the same list serves reading and rewriting.
template <class N, class One, class Many, class Whens, class Orders, class Pieces>
void children(N& n, One&& one, Many&& many, Whens&& whens, Orders&& orders, Pieces&& pieces) {
  using F = std::remove_const_t<N>;
  if constexpr (std::is_same_v<F, arithmetic> || std::is_same_v<F, compare> ||
                std::is_same_v<F, pattern> || std::is_same_v<F, regex> ||
                std::is_same_v<F, temporal>) {
    one(n.lhs);
    one(n.rhs);
  } else if constexpr (std::is_same_v<F, aggregate>) {
    one(n.arg);
    one(n.filter);
  } else if constexpr (std::is_same_v<F, call> || std::is_same_v<F, window_call>) {
    many(n.args);
  } else if constexpr (std::is_same_v<F, raw_sql>) {
    pieces(n.pieces);
  } else if constexpr (std::is_same_v<F, window>) {
    one(n.function);
    many(n.partition_by);
    orders(n.order_by);
  } else if constexpr (std::is_same_v<F, junction>) {
    many(n.parts);
  } else if constexpr (std::is_same_v<F, in_list>) {
    one(n.lhs);
    many(n.items);
  } else if constexpr (std::is_same_v<F, between>) {
    one(n.lhs);
    one(n.low);
    one(n.high);
  } else if constexpr (std::is_same_v<F, case_when>) {
    whens(n.whens);
    one(n.otherwise);
  } else if constexpr (std::is_same_v<F, negation> || std::is_same_v<F, cast> ||
                       std::is_same_v<F, collate> || std::is_same_v<F, extract> ||
                       std::is_same_v<F, trunc> || std::is_same_v<F, logical_not> ||
                       std::is_same_v<F, is_null>) {
    one(n.operand);
  } else if constexpr (std::is_same_v<F, in_subquery>) {
    one(n.lhs);
  } else if constexpr (std::is_same_v<F, json_key>) {
    one(n.base);
    one(n.path);
    one(n.pg_key);
  } else if constexpr (std::is_same_v<F, json_value>) {
    one(n.text);
  } else if constexpr (std::is_same_v<F, json_unquote>) {
    one(n.operand);
  } else if constexpr (std::is_same_v<F, json_test>) {
    one(n.lhs);
    one(n.base);
    one(n.value);
    many(n.paths);
    one(n.pg_keys);
  }
}

/// Calls `f(const expr&)` for each direct child of `e`.
template <class Fn>
void for_each_child(const expr& e, Fn&& f) {
  auto one = [&](const expr* c) {
    if (c) f(*c);
  };
  auto many = [&](exprs list) {
    for (const expr* c : list) f(*c);
  };
  auto whens = [&](std::span<const when_clause> list) {
    for (const auto& w : list) {
      one(w.condition);
      one(w.result);
    }
  };
  auto orders = [&](std::span<const order_item> list) {
    for (const auto& o : list) one(o.value);
  };
  auto pieces = [&](std::span<const raw_piece> list) {
    for (const auto& p : list) one(p.value);
  };
  std::visit([&](const auto& n) { children(n, one, many, whens, orders, pieces); }, e.form);
}

/// Replaces each direct child `c` of `e` (a copy the caller owns) by `f(c)`; lists are copied
/// into `mem`.
template <class Fn>
void rewrite_children(arena& mem, expr& e, Fn&& f) {
  auto one = [&](expr*& c) {
    if (c) c = f(c);
  };
  auto many = [&](exprs& list) {
    std::pmr::vector<expr*> out(list.begin(), list.end(), mem.resource());
    for (auto*& c : out) c = f(c);
    list = mem.copy(std::span<expr* const>(out.data(), out.size()));
  };
  auto whens = [&](std::span<const when_clause>& list) {
    std::pmr::vector<when_clause> out(list.begin(), list.end(), mem.resource());
    for (auto& w : out) {
      one(w.condition);
      one(w.result);
    }
    list = mem.copy(std::span<const when_clause>(out.data(), out.size()));
  };
  auto orders = [&](std::span<const order_item>& list) {
    std::pmr::vector<order_item> out(list.begin(), list.end(), mem.resource());
    for (auto& o : out) one(o.value);
    list = mem.copy(std::span<const order_item>(out.data(), out.size()));
  };
  auto pieces = [&](std::span<const raw_piece>& list) {
    std::pmr::vector<raw_piece> out(list.begin(), list.end(), mem.resource());
    for (auto& p : out) one(p.value);
    list = mem.copy(std::span<const raw_piece>(out.data(), out.size()));
  };
  std::visit([&](auto& n) { children(n, one, many, whens, orders, pieces); }, e.form);
}

/// Whether `e` or anything under it is a column.
inline bool references_columns(const expr& e) {
  if (e.is<column>()) return true;
  bool found = false;
  for_each_child(e, [&](const expr& c) { found = found || references_columns(c); });
  return found;
}

}  // namespace sqlweave::ir
