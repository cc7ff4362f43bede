// SPDX-License-Identifier: MIT
// The Python a models.py is written in, as far as reading a schema needs it: the file cut into
// logical lines grouped into indented blocks, and each statement parsed into a small syntax tree.
// Expressions the schema never needs the structure of (lambdas, comprehensions, f-strings,
// chained comparisons, dicts) parse as `opaque`, with their span, so that the reader can
// skip them where they do not matter and point at them where they do.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/config.hpp"
#include "sqlweave/error.hpp"
#include "sqlweave/value.hpp"

namespace sqlweave::grammar::python {

struct keyword;

/// A Python expression. Spans are offsets into the whole file.
struct expr {
  enum class kind : std::uint8_t {
    literal,      // 42, "x", True, None
    name,         // models
    attribute,    // items[0].text: `models.CharField` is attribute(name(models), "CharField")
    call,         // items[0] is the callee, then the positional arguments; keywords
    subscript,    // items[0][items[1]]
    tuple,        // (a, b), a, b
    list,         // [a, b]
    unary,        // text is the operator: - + ~ not
    binary,       // text is the operator: + - * / // % ** | & ^ << >> < <= > >= == != in is
    boolean,      // text is `and` or `or`
    conditional,  // items[0] if items[1] else items[2]
    starred,      // *items[0] in a call or a sequence
    opaque,       // anything else: only its span is known
  };
  kind what = kind::opaque;
  sqlweave::value val{};
  std::string_view text{};
  std::vector<expr> items{};
  std::vector<keyword> keywords;  // no initializer: keyword is incomplete here (clang)
  source_span span{};
  std::uint32_t depth = 1;  // of the tree under it, bounded so that walking it cannot overflow

  bool is(kind k) const { return what == k; }
};

/// `name=value` in a call; an empty name is `**mapping`.
struct keyword {
  std::string_view name;
  source_span name_span;
  expr value;
};

/// A logical line: one statement with its continuation lines, and its indentation.
struct line {
  std::string_view text;
  std::size_t indent = 0;
};

/// A statement and, for a compound statement (`class X:`, `if y:`), the block under it. A body
/// on the header's own line (`class Meta: abstract = True`) is the block's one statement.
struct block {
  line head;
  std::vector<block> body;
};

/// The file as blocks. Throws error(syntax) for unbalanced brackets, unterminated strings and
/// bad indentation; error(limit_exceeded) past max_nesting_depth brackets.
std::vector<block> blocks_of(const parse_state& file);

/// What one logical line says.
struct statement {
  enum class kind : std::uint8_t {
    import_names,  // import a.b as c, d: names = {"a.b" as "c"}, {"d"}
    import_from,   // from ..x import a as b: module "..x"; star for `import *`
    assign,        // a = b = value; a: T = value; a += value (op "+")
    class_def,     // class name(bases): ...; decorators precede it as their own lines
    function_def,  // def name(...): ...
    return_value,  // return value
    compound,      // if/elif/else/try/except/finally/with/for/while: word, condition
    other,         // expression statements (value), pass, decorators, del, raise, ...
  };
  struct imported {
    std::string_view name;  // dotted for `import`
    std::string_view as;    // empty: no alias
    source_span span;
  };
  kind what = kind::other;
  std::string_view word{};  // the compound statement's keyword; the class or function name
  source_span name_span{};
  std::string_view module{};  // import_from
  bool star = false;
  std::vector<imported> names{};
  std::vector<expr> targets{};  // assign
  std::string_view op{};        // augmented assignment
  expr value{};                 // assign, return, the compound statement's condition
  expr bases{};                 // class_def: a call-shaped expr holding the bases and keywords
  source_span span{};
};

/// Parses one logical line. Throws error(syntax) only for what cannot be Python at all
/// (`class (X):`, an argument without a value); anything merely unusual is `other`/opaque.
statement parse_statement(const parse_state& file, const line& l);

/// A parameter of a `def`: `name`, `name=default`, `name: T = default`; `*args` and
/// `**kwargs` keep their stars in `stars`.
struct parameter {
  std::string_view name;
  std::size_t stars = 0;
  bool has_default = false;
  expr default_value{};
};

/// The parameters of the `def` line `l`, as far as they can be read (an unreadable one ends
/// the list).
std::vector<parameter> parameters_of(const parse_state& file, const line& l);

/// The text of the file an expression covers.
inline std::string_view text_of(const parse_state& file, source_span span) {
  return file.source.substr(span.offset, span.length);
}

/// Deepest expression tree a statement may hold (operators chain without brackets).
inline constexpr std::uint32_t max_expression_depth = 200;

/// `models.CharField` for a chain of names and attributes, else empty.
std::string dotted_name(const expr& e);

}  // namespace sqlweave::grammar::python
