// SPDX-License-Identifier: MIT
// The literals of a query in one fixed order (steps, then each node's args, kwargs and
// subquery, depth first), and queries compared by structure with some literals' values left out.
#pragma once

#include <vector>

#include "sqlweave/ast.hpp"

namespace sqlweave::cache {

/// The value of every literal node of `q`, in walk order (a shared node once per use).
void collect_literals(const ast::query& q, std::vector<const value*>& out);

/// True when `b` has the structure of `a`: the same nodes, names and steps, and the same value
/// for every literal except those whose ordinal is marked in `bound`, which need only the same
/// kind and ast::shape_class. Fills `literals` with `b`'s literals in walk order.
bool same_structure(const ast::query& a, const ast::query& b, const std::vector<bool>& bound,
                    std::vector<const value*>& literals);

}  // namespace sqlweave::cache
