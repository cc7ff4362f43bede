// SPDX-License-Identifier: MIT
// Structural hashes of AST nodes and queries: what statement_cache keys compiled SQL on.
#include "ast/shape.hpp"

namespace sqlweave::ast {
namespace {

// Counts and lengths below these share a word of the hash; larger ones take words of their own
// after a word with bit 63 set, which no shared word has.
constexpr std::size_t word_count_limit = std::size_t{1} << 23;   // a step's two counts
constexpr std::size_t name_length_limit = std::size_t{1} << 21;  // a query's three names

std::size_t add_step(shape_hasher& h, const step& st) {
  // Slice bounds are written into the SQL (LIMIT/OFFSET), so they are structure, not values.
  const std::uint64_t head =
      static_cast<std::uint64_t>(st.kind) | std::uint64_t{st.start.has_value()} << 8 |
      std::uint64_t{st.stop.has_value()} << 9 | std::uint64_t{st.index} << 10;
  // Both counts in the word when they fit (always, in practice).
  if (st.kwargs.size() < word_count_limit && st.args.size() < word_count_limit) {
    h.add(head | std::uint64_t{st.kwargs.size()} << 16 | std::uint64_t{st.args.size()} << 39);
  } else {
    h.add(head | std::uint64_t{1} << 63);
    h.add(st.kwargs.size());
    h.add(st.args.size());
  }
  if (st.kind == step_kind::custom) h.add(st.method);
  if (st.start) h.add(static_cast<std::uint64_t>(*st.start));
  if (st.stop) h.add(static_cast<std::uint64_t>(*st.stop));
  std::size_t literals = 0;
  for (const auto& a : st.args) {
    h.add(a->shape);
    literals += a->literals;
  }
  for (const auto& k : st.kwargs) {
    h.add(k.name);
    h.add(k.value->shape);
    literals += k.value->literals;
  }
  return literals;
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

shape_key node_shape(const node& n) {
  shape_hasher h;
  // The number of children is structure: an IN list of 3 and one of 4 render differently.
  h.add(static_cast<std::uint64_t>(n.kind) | static_cast<std::uint64_t>(n.op) << 8 |
        std::uint64_t{n.descending} << 16 | static_cast<std::uint64_t>(n.nulls) << 17 |
        static_cast<std::uint64_t>(n.val.kind()) << 20 | std::uint64_t{shape_class(n.val)} << 24 |
        std::uint64_t{n.sub != nullptr} << 28 | std::uint64_t{n.kwargs.size()} << 32);
  h.add(n.args.size());
  h.add(n.name);
  for (const auto& a : n.args) h.add(a->shape);
  for (const auto& k : n.kwargs) {
    h.add(k.name);
    h.add(k.value->shape);
  }
  if (n.sub) h.add(shape_of(*n.sub));
  return h.value();
}

shape_key shape_of(const query& q) {
  shape_hasher h;
  add_shape(h, q);
  return h.value();
}

std::size_t add_shape(shape_hasher& h, const query& q) {
  // The three names' lengths in one word when they fit, then their words; another manager is
  // another filter.
  if (q.model.size() < name_length_limit && q.manager.size() < name_length_limit &&
      q.through.size() < name_length_limit) {
    h.add(std::uint64_t{q.model.size()} | std::uint64_t{q.manager.size()} << 21 |
          std::uint64_t{q.through.size()} << 42);
  } else {
    h.add(std::uint64_t{1} << 63);
    h.add(q.model.size());
    h.add(q.manager.size());
    h.add(q.through.size());
  }
  h.add_words(q.model);
  h.add_words(q.manager);
  h.add_words(q.through);
  std::size_t literals = 0;
  if (q.instance) {
    h.add(q.accessor);
    literals = add_shape(h, *q.instance);
  }
  h.add(q.steps.size());
  for (const auto& st : q.steps) literals += add_step(h, st);
  return literals;
}

}  // namespace sqlweave::ast
