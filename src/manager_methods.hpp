// SPDX-License-Identifier: MIT
// The query-syntax texts of a model's managers and constants, as the models reader or a schema
// JSON gives them, read once when the schema is finalized: a manager method's parameters
// (defaults as literals) and the chain its body returns; a constant's value; the terms of
// Meta.ordering.
#pragma once

#include "sqlweave/schema.hpp"

namespace sqlweave::detail {

/// Fills `parsed_parameters` and `steps` of each method of `mg`, a manager of `m`; throws
/// error(bad_schema) for a text that is not a parameter or a chain of queryset steps.
void parse_manager_methods(const model& m, manager& mg);

/// Fills `ordering_terms`: Meta.ordering as the arguments of one order_by(), field names as
/// strings; throws error(bad_schema) for an expression that is not query text.
void parse_ordering(model& m);

/// Fills `value` of each of the model's constants; throws error(bad_schema) for a text that is
/// not a literal or a tuple of literals.
void parse_constants(model& m);

}  // namespace sqlweave::detail
