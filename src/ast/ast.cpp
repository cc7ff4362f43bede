// SPDX-License-Identifier: MIT
#include "sqlweave/ast.hpp"

namespace sqlweave::ast {

expr make_node(node n) { return std::make_shared<const node>(std::move(n)); }

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
