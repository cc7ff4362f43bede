// SPDX-License-Identifier: MIT
#include "cache/literals.hpp"

namespace sqlweave::cache {
namespace {

// Every node counts its literals (ast::node::literals; ast::add_shape() sums them for the
// query), so the output is sized once and written through a cursor, subtrees without literals
// are not entered, a literal that is its subtree's only one is taken without a call (the
// leaves of IN lists and Q leaves), and a node that is only a wrapper of its one argument (a Q
// leaf over its IN list or range) is passed through without a call. The cursor is passed and
// returned by value, so that it stays in a register instead of being stored at every literal.
const value** collect(const ast::query& q, const value** at);

const value** collect(const ast::node& n, const value** at);

inline const value** child(const ast::node& n, const value** at) {
  if (!n.literals) return at;
  const ast::node* c = &n;
  while (c->kind != ast::node_kind::literal && c->args.size() == 1 && c->kwargs.empty() && !c->sub)
    c = c->args.front().get();
  if (c->literals == 1 && c->kind == ast::node_kind::literal) {
    *at = &c->val;
    return at + 1;
  }
  return collect(*c, at);
}

const value** collect(const ast::node& n, const value** at) {
  if (n.kind == ast::node_kind::literal) *at++ = &n.val;
  for (const auto& a : n.args) at = child(*a, at);
  for (const auto& k : n.kwargs) at = child(*k.value, at);
  if (n.sub) at = collect(*n.sub, at);
  return at;
}

const value** collect(const ast::query& q, const value** at) {
  if (q.instance) at = collect(*q.instance, at);
  for (const auto& st : q.steps) {
    for (const auto& a : st.args) at = child(*a, at);
    for (const auto& k : st.kwargs) at = child(*k.value, at);
  }
  return at;
}

}  // namespace

void collect_literals(const ast::query& q, std::size_t count, std::vector<const value*>& out) {
  out.resize(count);
  collect(q, out.data());
}

}  // namespace sqlweave::cache
