// SPDX-License-Identifier: MIT
// Trusted SQL in expressions: RawSQL(), Func(), and the program's registered templates.
#pragma once

#include "resolve/level.hpp"

namespace sqlweave {
struct function_template;
struct transform_template;
struct lookup_template;
}  // namespace sqlweave

namespace sqlweave::resolve {

/// Throws unless the compile takes trusted SQL (compile_options::trusted_sql, --no-raw).
void check_trusted(level& lv, std::string_view what, source_span span);
/// Trusted SQL text in parentheses, each `%s` the next of `params` (from `used` on, which it
/// advances), `%%` a percent sign; `what` names the call in errors.
ir::expr* raw_sql(level& lv, std::string_view what, const ast::node& text,
                  std::span<const ast::expr> params, std::size_t& used);
/// RawSQL("... %s ...", [params]): the text in parentheses, its parameters bound.
ir::expr* raw_sql_call(level& lv, const ast::node& n, const use_site& site, alias_list* votes);
/// Func(*expressions, function=, template=, arg_joiner=, **extra), as Django's Func.as_sql.
ir::expr* func_call(level& lv, const ast::node& n, const use_site& site, alias_list* votes);

ir::expr* registered_function(level& lv, const function_template& f, const ast::node& n,
                              const use_site& site, alias_list* votes);
ir::expr* registered_transform(level& lv, const transform_template& t, ir::expr* lhs,
                               source_span span);
ir::expr* registered_lookup(level& lv, const lookup_template& l, ir::expr* lhs, ir::expr* rhs,
                            source_span span);

}  // namespace sqlweave::resolve
