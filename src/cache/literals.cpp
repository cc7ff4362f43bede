// SPDX-License-Identifier: MIT
#include "cache/literals.hpp"

namespace sqlweave::cache {
namespace {

// Every node counts its literals (ast::node::literals), so the output is sized once and
// written through a cursor, subtrees without literals are not entered, and a literal that is
// its subtree's only one is taken without a call (the leaves of IN lists and Q leaves).
void collect(const ast::query& q, const value**& at);

void collect(const ast::node& n, const value**& at);

inline void child(const ast::node& c, const value**& at) {
  if (c.literals == 1 && c.kind == ast::node_kind::literal)
    *at++ = &c.val;
  else if (c.literals)
    collect(c, at);
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

std::size_t count(const ast::query& q) {
  std::size_t n = q.instance ? count(*q.instance) : 0;
  for (const auto& st : q.steps) {
    for (const auto& a : st.args) n += a->literals;
    for (const auto& k : st.kwargs) n += k.value->literals;
  }
  return n;
}

}  // namespace

void collect_literals(const ast::query& q, std::vector<const value*>& out) {
  out.resize(count(q));
  const value** at = out.data();
  collect(q, at);
}

}  // namespace sqlweave::cache
