// SPDX-License-Identifier: MIT
// The tokens both grammars share, as X3 primitive parsers: identifiers, prefix operators and
// Python literals (numbers with `_` separators, strings in every quoting with escapes and
// adjacent concatenation, True, False, None). The scanning is plain code in lexical.cpp,
// compiled once rather than once per rule that uses it.
#pragma once

#include <cstdint>
#include <string>
#include <utility>

#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace sqlweave::grammar {

/// The end of the identifier starting at `p` (`[A-Za-z_][A-Za-z0-9_]*`), or `p` when none does.
const char* scan_identifier(const char* p, const char* last);

/// The end of the literal starting at `p`, with its value in `out`, or nullptr when none does.
/// Throws error(syntax) for a malformed one: `"abc` (unterminated), `"\x4"`, `1__0`, `12abc`.
const char* scan_literal(const parse_state& state, const char* p, const char* last,
                         syntax::literal& out);

/// `-9223372036854775808` at `minus` (the `-`), the one negative integer whose magnitude does not
/// fit in 64 bits, read whole; nullptr for every other text, which unary minus negates as usual.
const char* scan_smallest_integer(const parse_state& state, const char* minus, const char* last,
                                  syntax::literal& out);

/// The error for an integer outside int64 (`--9223372036854775808`) covering [first, last).
[[noreturn]] void throw_integer_too_big(const parse_state& state, const char* first,
                                        const char* last);

/// Code point `cp` (at most 0x10FFFF) appended to `out` as UTF-8.
void append_utf8(std::string& out, std::uint32_t cp);

/// A primitive parser around a scanner: skips white space first, as X3 primitives do.
template <class Derived, class Attribute>
struct token_parser : x3::parser<Derived> {
  using attribute_type = Attribute;
  static bool const has_attribute = true;

  template <class Iterator, class Context, class RContext, class Target>
  bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext&,
             Target& target) const {
    x3::skip_over(first, last, ctx);
    Attribute token;
    const char* end = Derived::scan(x3::get<state_tag>(ctx), first, last, token);
    if (end == nullptr) return false;
    x3::traits::move_to(std::move(token), target);
    first = end;
    return true;
  }
};

struct identifier_parser : token_parser<identifier_parser, syntax::identifier> {
  static const char* scan(const parse_state& state, const char* p, const char* last,
                          syntax::identifier& out) {
    const char* end = scan_identifier(p, last);
    if (end == p) return nullptr;
    out = {std::string_view(p, static_cast<std::size_t>(end - p)), state.span(p, end)};
    return end;
  }
};

/// `-`, `+` or `~` in front of an operand.
struct prefix_operator_parser : token_parser<prefix_operator_parser, syntax::token> {
  static const char* scan(const parse_state& state, const char* p, const char* last,
                          syntax::token& out) {
    if (p == last || (*p != '-' && *p != '+' && *p != '~')) return nullptr;
    out = {*p, state.span(p, p + 1)};
    return p + 1;
  }
};

struct literal_parser : token_parser<literal_parser, syntax::literal> {
  static const char* scan(const parse_state& state, const char* p, const char* last,
                          syntax::literal& out) {
    return scan_literal(state, p, last, out);
  }
};

inline constexpr identifier_parser identifier{};
inline constexpr prefix_operator_parser prefix_operator{};
inline constexpr literal_parser literal{};

}  // namespace sqlweave::grammar
