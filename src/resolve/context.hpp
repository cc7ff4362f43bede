// SPDX-License-Identifier: MIT
// What one compile shares across its query and subqueries: the schema, the dialect, the arena.
#pragma once

#include <algorithm>
#include <boost/container/small_vector.hpp>
#include <list>
#include <span>

#include "ir/arena.hpp"
#include "render/dialect.hpp"
#include "sqlweave/ast.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave::resolve {

/// Lists that stay on the stack at their usual sizes, so resolving allocates next to nothing.
template <class T, std::size_t N = 8>
using small = boost::container::small_vector<T, N>;
/// A small vector as a span (boost's iterators are not contiguous_iterators).
template <class T, std::size_t N>
std::span<T const> view(const boost::container::small_vector<T, N>& v) {
  return {v.data(), v.size()};
}
/// std::stable_sort for the resolver's short lists: an insertion sort up to 32 elements,
/// because stable_sort takes a heap buffer for even one, an allocation in every compile.
template <class It, class Less>
void stable_sort_small(It first, It last, Less less) {
  if (last - first > 32) return std::stable_sort(first, last, less);
  for (It i = first; i != last; ++i)
    for (It j = i; j != first && less(*j, *(j - 1)); --j) std::iter_swap(j, j - 1);
}

using alias_list = small<int>;  // select::tables indexes: the joins a condition uses
using node_refs = small<const ast::node*>;

struct context {
  const schema& s;
  const render::dialect_traits& dialect;
  ir::arena& mem;
  const compile_options& options;
  int depth = 0;  // subquery nesting, for alias prefixes
  /// Steps the resolver writes itself (dates() as annotate + values_list + ...): kept for the
  /// whole compile, since annotations and the IR point into their names and values. A list,
  /// because it does not allocate while empty, as it is for nearly every compile.
  std::list<ast::step> synthesized = {};
  /// The model constants the query names (`Book.RENTED`), as literals where the query names
  /// them, kept for the compile like `synthesized`.
  std::vector<ast::expr> constants = {};
  /// The plain querysets of the related managers used as subqueries, kept like `synthesized`.
  std::list<ast::query> related_querysets = {};
};

}  // namespace sqlweave::resolve
