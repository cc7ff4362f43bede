// SPDX-License-Identifier: MIT
// The literals of a query in one fixed order (steps, then each node's args, kwargs and
// subquery, depth first).
#pragma once

#include <vector>

#include "sqlweave/ast.hpp"

namespace sqlweave::cache {

/// The value of every literal node of `q`, in walk order (a shared node once per use), in
/// place of `out`'s contents; `count` is how many there are, as ast::add_shape() returns it.
void collect_literals(const ast::query& q, std::size_t count, std::vector<const value*>& out);

}  // namespace sqlweave::cache
