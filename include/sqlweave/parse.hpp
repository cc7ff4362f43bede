// SPDX-License-Identifier: MIT
// The text front end: Django queryset syntax and the models.py subset (Boost.Spirit X3 in
// grammar/, kept out of this header).
#pragma once

#include <cstddef>
#include <string_view>

#include "sqlweave/ast.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave {

/// Deepest nesting of brackets, Q/F operators and calls a text query may have.
inline constexpr std::size_t max_nesting_depth = 64;
/// Longest query text accepted, in bytes.
inline constexpr std::size_t max_query_length = 1 << 20;

/// `Book.objects.filter(title__startswith="Dj")[:10]` -> ast::query. Throws error(syntax) with
/// the span of the offending text; spans in the result point into `text`.
ast::query parse_query(std::string_view text);

/// One Python literal as the query syntax reads it: `5`, `'text'`, `None`, `True`,
/// `Decimal("1.5")`, `date(2020, 1, 2)`, `datetime(...)`. Throws error(syntax) for anything else
/// (an expression, a name, two values).
value parse_literal(std::string_view text);

/// The models.py subset of DESIGN.md section 4 -> an unfinalized list of models added to `out`.
/// Throws error(syntax) or error(bad_schema) with the span of the offending line.
void parse_models(std::string_view text, const models_options& options, schema& out);

}  // namespace sqlweave
