// SPDX-License-Identifier: MIT
// From what a query rule matched to sqlweave::ast, spans kept: literals, the calls with a meaning
// of their own (Q, F, OuterRef, date, datetime, time, Decimal) and plain calls, operators, methods
// to steps. The semantic actions in query_def.hpp call these; they throw error(syntax) for what the
// grammar accepts but Django would not (F(1), date(2021, 2, 29), an unknown method).
#pragma once

#include <vector>

#include "grammar/ast.hpp"
#include "sqlweave/ast.hpp"

namespace sqlweave::grammar {

syntax::operand lower(syntax::literal&& literal);
syntax::operand lower(syntax::parameter&& parameter);
syntax::operand lower(syntax::sequence&& sequence);
syntax::operand lower(syntax::mapping&& mapping);
syntax::operand lower(syntax::call&& call);
syntax::operand lower(syntax::subquery&& subquery);

/// `-x`, `+x`, `~x`; a minus on a number literal is part of the number, as Python folds it.
syntax::operand lower_prefix(const syntax::token& op, syntax::operand&& operand);
/// `a + b`, `a - b`, `a * b`, `a / b`, `a % b`, and `a ** b` (op '^').
syntax::operand lower_binary(char op, syntax::operand&& left, syntax::operand&& right);
/// `a | b | c` as one q_or of three operands (kind q_or or q_and), covering the extents of the
/// first operand (`start`) to the last (`end`).
syntax::operand lower_junction(ast::node_kind kind, syntax::expressions&& operands,
                               source_span start, source_span end);
/// `F("x").desc(nulls_last=True)`: the methods an expression has.
syntax::operand lower_method(syntax::operand&& target, syntax::method&& method);

/// `.filter(...)` in a queryset chain.
ast::step lower_step(syntax::method&& method);
/// `[a:b]`, `[i]`.
ast::step lower_step(const syntax::subscript& subscript);

}  // namespace sqlweave::grammar
