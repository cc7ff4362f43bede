// SPDX-License-Identifier: MIT
// Output fields as Django resolves them: an expression's type is the common field class of its
// sources, arithmetic mixes integers with decimals and floats, and anything else needs
// output_field=. Types are Django field classes, so the rules that use isinstance() hold.
#pragma once

#include <optional>
#include <span>

#include "ir/ir.hpp"

namespace sqlweave::resolve {

/// The field class of a literal, as Value() infers it.
std::optional<field_type> type_of(const value& v);

/// Django's BaseExpression._resolve_output_field: the first typed source's class, when it is
/// an instance of every later typed source's class. Throws error(bad_argument) for mixed types.
std::optional<field_type> common_type(ir::exprs sources, source_span span);

/// CombinedExpression: the common type, else integer mixed with decimal or float (not for % and
/// **). Throws error(bad_argument) for anything else.
std::optional<field_type> combined_type(ir::arith_op op, const ir::expr& lhs, const ir::expr& rhs,
                                        source_span span);

/// Avg, StdDev, Variance: DecimalField over decimals, FloatField over integers, else the source.
field_type numeric_type(std::optional<field_type> source);

/// Django's class name: `DecimalField`.
std::string_view type_name(field_type t);

}  // namespace sqlweave::resolve
