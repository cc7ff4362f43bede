// SPDX-License-Identifier: MIT
// Structural hashes of AST nodes and queries: what statement_cache keys compiled SQL on.
#include "ast/shape.hpp"

#include <functional>
#include <string_view>

#include "sqlweave/ast.hpp"

namespace sqlweave::ast {
namespace {

std::uint64_t text_hash(std::string_view s) {
  return std::hash<std::string_view>{}(s);
}

void add_step(shape_hasher& h, const step& st) {
  h.add(static_cast<std::uint64_t>(st.kind));
  h.add(st.args.size());
  for (const auto& a : st.args) h.add(a->shape);
  h.add(st.kwargs.size());
  for (const auto& k : st.kwargs) {
    h.add(text_hash(k.name));
    h.add(k.value->shape);
  }
  // Slice bounds are written into the SQL (LIMIT/OFFSET), so they are structure, not values.
  h.add(st.start.has_value());
  h.add(static_cast<std::uint64_t>(st.start.value_or(0)));
  h.add(st.stop.has_value());
  h.add(static_cast<std::uint64_t>(st.stop.value_or(0)));
  h.add(st.index);
}

}  // namespace

std::uint8_t shape_class(const sqlweave::value& v) {
  switch (v.kind()) {
    case value_kind::integer: {
      const auto i = v.as_int();
      return i < 0 ? 0 : i == 0 ? 1 : i == 1 ? 2 : 3;
    }
    case value_kind::text: return v.as_text().empty() ? 0 : 1;
    default: return 0;
  }
}

std::uint64_t node_shape(const node& n) {
  shape_hasher h;
  h.add(static_cast<std::uint64_t>(n.kind));
  h.add(static_cast<std::uint64_t>(n.op));
  h.add(n.descending);
  h.add(static_cast<std::uint64_t>(n.nulls));
  h.add(text_hash(n.name));
  h.add(static_cast<std::uint64_t>(n.val.kind()));
  h.add(shape_class(n.val));
  // The number of children is structure: an IN list of 3 and one of 4 render differently.
  h.add(n.args.size());
  for (const auto& a : n.args) h.add(a->shape);
  h.add(n.kwargs.size());
  for (const auto& k : n.kwargs) {
    h.add(text_hash(k.name));
    h.add(k.value->shape);
  }
  h.add(n.sub ? shape_of(*n.sub) : 0);
  return h.value();
}

std::uint64_t shape_of(const query& q) {
  shape_hasher h;
  h.add(text_hash(q.model));
  h.add(q.steps.size());
  for (const auto& st : q.steps) add_step(h, st);
  return h.value();
}

}  // namespace sqlweave::ast
