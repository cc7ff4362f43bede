// SPDX-License-Identifier: MIT
// Names against the schema: `author__name__icontains` -> joins + a predicate, with Django's join
// semantics (reuse, promotion to LEFT OUTER, subqueries for excludes over multi-valued
// relations), annotations, GROUP BY inference and terminal calls. All Django semantics live here.
#pragma once

#include <memory>
#include <memory_resource>
#include <string>
#include <string_view>
#include <vector>

#include "resolve/ir.hpp"
#include "sqlweave/ast.hpp"
#include "sqlweave/compile.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave::resolve {

/// Per-compile memory and facts shared by a query and its subqueries.
struct context {
  const schema& s;
  dialect_id dialect;
  std::pmr::memory_resource* arena;
  std::vector<std::unique_ptr<value>> owned_values;  // values the resolver derives (year bounds)
  int depth = 0;                                     // subquery nesting, for alias prefixes
};

/// One prefetch_related() hop: a SELECT whose `IN (<keys>)` takes the `key_column` values of the
/// statement it hangs off (`source`: -1 for the main one, else an earlier hop).
struct resolved_prefetch {
  std::string path;
  int source = -1;
  std::string key_column;
  std::string match_column;
  ir::select* select = nullptr;
};

/// What a terminal call asks for, so compile() can describe the result.
struct resolved {
  std::vector<resolved_prefetch> prefetches;
  ir::select* select = nullptr;
  std::vector<ir::write*> writes;  // a write plan, run in order (instead of `select`)
  bool returns_bool = false;
  bool single_row = false;
};

/// Resolves a whole query (including its terminal call) into one SELECT.
resolved resolve_query(context& cx, const ast::query& q);

}  // namespace sqlweave::resolve
