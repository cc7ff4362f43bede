// SPDX-License-Identifier: MIT
// The X3 side of the query grammar: the few pieces a rule matches before it can say which
// sqlweave::ast node they make. A call is only known to be Q(...), F(...), date(...) or a plain
// function once its name and arguments are in; a method only becomes a step once its name is
// looked up. Everything else the semantic actions build as sqlweave::ast nodes directly, so
// there is no second expression tree to keep in step with the first (lower.cpp does both).
// These types never leave grammar/.
#pragma once

#include <boost/container/small_vector.hpp>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "sqlweave/ast.hpp"
#include "sqlweave/error.hpp"
#include "sqlweave/value.hpp"

namespace sqlweave::grammar::syntax {

/// A name as written, pointing into the text: `filter`, `Count`, `models`.
struct identifier {
  std::string_view text;
  source_span span;
};

/// A one-character operator where it stands: the `-` of `-F("x")`.
struct token {
  char symbol = 0;
  source_span span;
};

/// `42`, `1.5`, `"Dj"` (concatenated, escapes applied), `True`, `None`.
struct literal {
  sqlweave::value val;
  source_span span;
};

/// An expression with the text it covers, which can be more than its node's span: the
/// parentheses of `(a + b)`, or all of `Q(a=1)`, whose node is its one lookup (spanning `a`).
/// Operators take their spans from the extents of their operands.
struct operand {
  ast::expr node;
  source_span extent;
};

/// `x` or `name=x` inside a call's parentheses.
struct argument {
  std::optional<identifier> keyword;
  ast::expr value;
};

/// A call's arguments and dotted name, inline up to these counts (no allocation for most calls).
using arguments = boost::container::small_vector<argument, 4>;
using dotted_name = boost::container::small_vector<identifier, 2>;

/// `models.Count("id", distinct=True)`: the dotted name and the arguments.
struct call {
  dotted_name callee;
  arguments args;
  source_span span;
};

/// `.filter(a=1)` on a queryset, `.desc(nulls_last=True)` on an expression (after the dot).
struct method {
  identifier name;
  arguments args;
  source_span span;
};

/// Operands collected before their node is made, inline up to 8 (the node's vector is then
/// allocated once, at its final size).
using expressions = boost::container::small_vector<ast::expr, 8>;

/// `[a, b]`, `(a, b)`, `(a,)`, `()`, or `(a)` which is just `a`.
struct sequence {
  expressions items;
  bool brackets = false;        // [..] rather than (..)
  bool trailing_comma = false;  // makes (a,) a tuple
  source_span span;
};

/// `{"a": 1, "b": [2]}`: a JSON object's entries, keys as written; or, with `set`, the items of
/// `{1, 2}`, a Python set (a list to everything after the parser, as `__in=` reads it).
struct mapping {
  std::vector<ast::kwarg> entries;
  expressions items;
  bool set = false;
  source_span span;
};
/// `:name`
struct parameter {
  identifier name;
};

/// `Model.objects...` used as a value.
struct subquery {
  ast::query query;
  source_span span;
};

/// `[i]`, `[a:b]`, `[:b]`, `[a:]`, `[:]`.
struct subscript {
  std::optional<std::int64_t> start;
  std::optional<std::int64_t> stop;
  bool colon = false;
  source_span span;
};

}  // namespace sqlweave::grammar::syntax
