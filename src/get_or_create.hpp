// SPDX-License-Identifier: MIT
// get_or_create() and update_or_create(): compiled as plans of several statements with rules.
#pragma once

#include "compile_trace.hpp"
#include "sqlweave/ast.hpp"
#include "sqlweave/compile.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave::detail {

/// Whether `q` ends with get_or_create() or update_or_create().
bool is_get_or_create(const ast::query& q);

/// The lookup, the insert, the lookup again and (update_or_create) the update, each with its
/// run_rule; each part compiled by compile_traced() as the queryset Django runs for it.
compiled_query compile_get_or_create(const schema& s, const ast::query& q, dialect_id d,
                                     const compile_options& options, compile_trace* trace);

}  // namespace sqlweave::detail
