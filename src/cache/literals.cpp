// SPDX-License-Identifier: MIT
#include "cache/literals.hpp"

namespace sqlweave::cache {
namespace {

void collect(const ast::node& n, std::vector<const value*>& out);

void collect(const std::vector<ast::expr>& args, const std::vector<ast::kwarg>& kwargs,
             std::vector<const value*>& out) {
  for (const auto& a : args) collect(*a, out);
  for (const auto& k : kwargs) collect(*k.value, out);
}

void collect(const ast::node& n, std::vector<const value*>& out) {
  if (n.kind == ast::node_kind::literal) out.push_back(&n.val);
  collect(n.args, n.kwargs, out);
  if (n.sub) collect_literals(*n.sub, out);
}

}  // namespace

void collect_literals(const ast::query& q, std::vector<const value*>& out) {
  for (const auto& st : q.steps) collect(st.args, st.kwargs, out);
}

}  // namespace sqlweave::cache
