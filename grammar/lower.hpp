// SPDX-License-Identifier: MIT
// From what the query grammar matched to sqlweave::ast: method names to steps, and the calls with
// a meaning of their own (Q, F, OuterRef, date, datetime, Decimal) to their nodes.
#pragma once

#include <string>
#include <vector>

#include "grammar/tokens.hpp"
#include "sqlweave/ast.hpp"

namespace sqlweave::grammar {

struct call_args {
  std::vector<ast::expr> positional;
  std::vector<ast::kwarg> keywords;
};

/// `Count("id", distinct=True)`, `models.Count(...)`, `Q(a=1)`, `date(2020, 1, 1)`, ...
ast::expr lower_call(const std::vector<name_token>& dotted, call_args args, source_span span);

/// `.filter(...)` in a queryset chain.
ast::step lower_method(const name_token& name, call_args args);

/// `F("x").desc(nulls_last=True)`: the methods an expression has.
ast::expr lower_expression_method(ast::expr target, const name_token& name, call_args args,
                                  source_span span);

/// `[a:b]`, `[i]`: the bounds as written (negative ones are refused).
ast::step lower_subscript(const std::optional<std::int64_t>& start, bool colon,
                          const std::optional<std::int64_t>& stop, source_span span);

}  // namespace sqlweave::grammar
