// SPDX-License-Identifier: MIT
#include "sqlweave/ast.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "ast/shape.hpp"

namespace sqlweave::ast {

expr make_node(node n) {
  std::uint16_t deepest = 0;
  std::uint32_t literals = n.kind == node_kind::literal ? 1 : 0;
  auto add = [&](const node& child) {
    deepest = std::max(deepest, child.depth);
    literals += child.literals;
  };
  for (const auto& a : n.args) add(*a);
  for (const auto& k : n.kwargs) add(*k.value);
  // A subquery's steps, and those of the instance a related manager is read on.
  for (const query* q = n.sub.get(); q; q = q->instance.get())
    for (const auto& st : q->steps) {
      for (const auto& a : st.args) add(*a);
      for (const auto& k : st.kwargs) add(*k.value);
    }
  if (deepest >= max_expression_depth)
    throw error(
        diagnostic{error_code::limit_exceeded,
                   fmt::format("expression nests deeper than {} levels", max_expression_depth),
                   n.span,
                   {}});
  n.depth = static_cast<std::uint16_t>(deepest + 1);
  n.literals = literals;
  n.shape = node_shape(n);
  return std::make_shared<const node>(std::move(n));
}

expr make_literal(sqlweave::value v, source_span span) {
  node n;
  n.kind = node_kind::literal;
  n.val = std::move(v);
  n.span = span;
  return make_node(std::move(n));
}

expr make_field(std::string path, source_span span) {
  node n;
  n.kind = node_kind::field;
  n.name = std::move(path);
  n.span = span;
  return make_node(std::move(n));
}

}  // namespace sqlweave::ast
