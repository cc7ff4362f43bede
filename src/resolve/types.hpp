// SPDX-License-Identifier: MIT
// Output fields as Django resolves them: an expression's type is the common field class of its
// sources, arithmetic mixes integers with decimals and floats, and anything else needs
// output_field=. Types are Django field classes, so the rules that use isinstance() hold.
#pragma once

#include <optional>
#include <span>

#include "ir/arena.hpp"
#include "ir/ir.hpp"

namespace sqlweave::resolve {

/// The field class of a literal, as Value() infers it.
std::optional<field_type> type_of(const value& v);

/// Django's BaseExpression._resolve_output_field: `node` gets the first typed source's class
/// when it is an instance of every later typed source's class; else (or when a source has one)
/// a conflict, raised by require_type() where the type is needed.
void set_common_type(ir::arena& mem, ir::expr& node, ir::exprs sources);

/// CombinedExpression: the common type, else integer mixed with decimal or float (not for % and
/// **), else a conflict.
void set_combined_type(ir::arena& mem, ir::expr& node, ir::arith_op op, const ir::expr& lhs,
                       const ir::expr& rhs);

/// `node` takes the type of `source`, or its conflict.
void inherit_type(ir::expr& node, const ir::expr& source);

/// Throws error(bad_argument) "mixed types" when the expression has no type because of a
/// conflict: for a selected column, a lookup's left side.
void require_type(const ir::expr& e);

/// Avg, StdDev, Variance: DecimalField over decimals, FloatField over integers, else the source.
field_type numeric_type(std::optional<field_type> source);

/// The field whose type a value for `f` takes: a ForeignKey's or OneToOneField's target (its
/// to_field, else the primary key), followed while that is a relation itself (a parent link, a
/// to_field naming a ForeignKey); any other field is itself. schema::finalize refuses cycles.
const field& stored_field(const schema& s, const field& f);

/// Django's class name: `DecimalField`.
std::string_view type_name(field_type t);

}  // namespace sqlweave::resolve
