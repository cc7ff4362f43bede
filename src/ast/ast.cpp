// SPDX-License-Identifier: MIT
#include "sqlweave/ast.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "ast/shape.hpp"

namespace sqlweave::ast {

expr make_node(node n) {
  std::uint16_t deepest = 0;
  for (const auto& a : n.args) deepest = std::max(deepest, a->depth);
  for (const auto& k : n.kwargs) deepest = std::max(deepest, k.value->depth);
  if (n.sub)
    for (const auto& st : n.sub->steps) {
      for (const auto& a : st.args) deepest = std::max(deepest, a->depth);
      for (const auto& k : st.kwargs) deepest = std::max(deepest, k.value->depth);
    }
  if (deepest >= max_expression_depth)
    throw error(
        diagnostic{error_code::limit_exceeded,
                   fmt::format("expression nests deeper than {} levels", max_expression_depth),
                   n.span,
                   {}});
  n.depth = static_cast<std::uint16_t>(deepest + 1);
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
