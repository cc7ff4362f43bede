// SPDX-License-Identifier: MIT
// The expression binder: F(), values, arithmetic, functions, aggregates, Case/When, casts,
// subqueries and OuterRef, typed with Django's output fields.
#pragma once

#include <span>
#include <string_view>

#include "catalog/catalog.hpp"
#include "resolve/joins.hpp"
#include "resolve/level.hpp"

namespace sqlweave::resolve {

ir::expr* expression(level& lv, const ast::node& n, const use_site& site, alias_list* votes);

/// An expression where a bare string names a field (annotate(), aggregate(), function
/// arguments, When(then=...)), as Django's expressions read strings.
ir::expr* field_or_expression(level& lv, const ast::node& n, const use_site& site,
                              alias_list* votes);

/// A field path with transforms after it: `F("placed__year")`.
ir::expr* field_ref(level& lv, std::string_view path, source_span span, const use_site& site,
                    alias_list* votes, path_end* walked = nullptr);

/// `lhs__<transform>`, checked against the field classes Django registers it on.
ir::expr* transformed(level& lv, ir::expr* lhs, const catalog::transform_entry& t,
                      const field* target, source_span span);

/// A function call by its catalog entry (functions.cpp).
ir::expr* call(level& lv, const ast::node& n, const use_site& site, alias_list* votes);

/// Django's default alias of an unnamed aggregate: `Count("orders")` -> `orders__count`.
std::string_view default_alias(level& lv, const ast::node& n);

/// What Django names an unnamed expression in values_list(): an aggregate's default alias
/// (`stock__sum`), else its class name lowercased (`lower`, `f`).
std::string alias_prefix(const ast::node& n);

/// Whether an expression calls an aggregate (Count, Sum, ...) outside any subquery of its own.
bool calls_aggregate(const ast::node& n);

/// The value of the keyword argument `name` (of a call or a step), or null.
inline const ast::node* keyword_value(std::span<const ast::kwarg> kwargs, std::string_view name) {
  for (const auto& k : kwargs)
    if (k.name == name) return k.value.get();
  return nullptr;
}

/// Whether a literal is a string: the one test for "a bare string names a field".
inline bool is_text_literal(const ast::node& n) {
  return n.kind == ast::node_kind::literal && n.val.kind() == value_kind::text;
}

}  // namespace sqlweave::resolve
