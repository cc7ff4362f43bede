// SPDX-License-Identifier: MIT
// What one compile shares across its query and subqueries: the schema, the dialect, the arena.
#pragma once

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
};

}  // namespace sqlweave::resolve
