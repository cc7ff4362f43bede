// SPDX-License-Identifier: MIT
// compile() that also reports where each bound parameter's value came from (statement_cache).
#pragma once

#include <vector>

#include "render/writer.hpp"
#include "sqlweave/compile.hpp"

namespace sqlweave::detail {

/// The parameter origins of each of compiled_query::statements, in order. Prefetch plans are
/// not traced: their values stay part of the cached text.
struct compile_trace {
  std::vector<std::vector<render::param_origin>> statements;
};

/// compile(), filling `trace` when it is not null.
compiled_query compile_traced(const schema& s, const ast::query& q, dialect_id d,
                              const compile_options& options, compile_trace* trace);

}  // namespace sqlweave::detail
