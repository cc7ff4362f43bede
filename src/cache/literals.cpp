// SPDX-License-Identifier: MIT
#include "cache/literals.hpp"

namespace sqlweave::cache {
namespace {

// Every node counts its literals (ast::node::literals; ast::add_shape() sums them for the
// query), so the output is sized once and written through a cursor, subtrees without literals
// are not entered, a literal that is its subtree's only one is taken without a call (the
// leaves of IN lists and Q leaves), and a node that is only a wrapper of its one argument (a Q
// leaf over its IN list or range) is passed through without a call.
void collect(const ast::query& q, const value**& at);

void collect(const ast::node& n, const value**& at);

inline void child(const ast::node& n, const value**& at) {
  if (!n.literals) return;
  const ast::node* c = &n;
  while (c->kind != ast::node_kind::literal && c->args.size() == 1 && c->kwargs.empty() && !c->sub)
    c = c->args.front().get();
  if (c->literals == 1 && c->kind == ast::node_kind::literal)
    *at++ = &c->val;
  else
    collect(*c, at);
}

void collect(const ast::node& n, const value**& at) {
  if (n.kind == ast::node_kind::literal) *at++ = &n.val;
  for (const auto& a : n.args) child(*a, at);
  for (const auto& k : n.kwargs) child(*k.value, at);
  if (n.sub) collect(*n.sub, at);
}

void collect(const ast::query& q, const value**& at) {
  if (q.instance) collect(*q.instance, at);
  for (const auto& st : q.steps) {
    for (const auto& a : st.args) child(*a, at);
    for (const auto& k : st.kwargs) child(*k.value, at);
  }
}

}  // namespace

void collect_literals(const ast::query& q, std::size_t count, std::vector<const value*>& out) {
  out.resize(count);
  const value** at = out.data();
  collect(q, at);
}

}  // namespace sqlweave::cache
