// SPDX-License-Identifier: MIT
// The expression parser inside the queryset grammar: Python's operators by precedence climbing,
// in plain code, over X3 parsers for the primaries and methods. One rule per precedence level
// made every argument descend six rules, each synthesising and moving its attribute; here an
// operand is parsed once and each operator looked at once.
//
// Precedence is Python's: `|` < `&` < `+ -` < `* / %` < unary `- + ~` < `**` < primary. `|` and
// `&` chains become one n-ary q_or / q_and; the arithmetic operators associate to the left. `**`
// takes a unary operand on its right and binds tighter than a unary minus on its left. Only
// prefix operators and `**` recurse, and each is one nesting level (max_nesting_depth), as
// brackets and calls are.
#pragma once

#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/config.hpp"
#include "grammar/error_handler.hpp"
#include "grammar/lexical.hpp"
#include "grammar/lower.hpp"

namespace sqlweave::grammar::parser {

/// The binary operators, by how tightly they bind (higher binds tighter).
/// `factor` is what binds tighter than every binary operator: an operand on its own.
enum class level : std::uint8_t { none, either, both, sum, term, factor };

struct binary_operator {
  level precedence = level::none;
  char symbol = 0;
};

/// The binary operator at `p`; `**` is not one here (power() takes it first).
inline binary_operator binary_operator_at(const char* p, const char* last) {
  if (p == last) return {};
  switch (*p) {
    case '|': return {level::either, '|'};
    case '&': return {level::both, '&'};
    case '+':
    case '-': return {level::sum, *p};
    case '*':
    case '/':
    case '%': return {level::term, *p};
    default: return {};
  }
}

/// The primaries grouped by the characters they can start with, so that a primary tries only
/// the parsers that can match there: `literal` (a digit, '.', a quote, or True, False, None and
/// the string prefixes r and u), `named` (a queryset or a call, which start with a name) and
/// `punctuated` (`:name`, a list or tuple, a dict).
template <class Literal, class Named, class Punctuated>
struct primary_parsers {
  Literal literal;
  Named named;
  Punctuated punctuated;
};

template <class Primaries, class Method>
struct expression_parser : x3::parser<expression_parser<Primaries, Method>> {
  using attribute_type = syntax::operand;
  static bool const has_attribute = true;

  constexpr expression_parser(Primaries const& primaries, Method const& method)
      : primaries(primaries), method(method) {}

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext&,
             Attribute& out) const {
    return climb(first, last, ctx, level::either, out);
  }

  Primaries primaries;
  Method method;

 private:
  static const char* skip(const char* p, const char* last) {
    return python_space_parser::skip(p, last);
  }

  // Operands joined by operators binding at least as tightly as `lowest`.
  template <class Context>
  bool climb(const char*& first, const char* last, Context const& ctx, level lowest,
             syntax::operand& out) const {
    if (!factor(first, last, ctx, out)) return false;
    while (true) {
      const char* at = skip(first, last);
      const binary_operator op = binary_operator_at(at, last);
      if (op.precedence == level::none || op.precedence < lowest) return true;
      const auto tighter = static_cast<level>(static_cast<int>(op.precedence) + 1);
      if (op.precedence == level::either || op.precedence == level::both) {
        const source_span start = out.extent;
        syntax::expressions operands;
        operands.push_back(std::move(out.node));
        do {
          first = at + 1;
          operand_after(first, last, ctx, tighter, out);
          operands.push_back(std::move(out.node));
          at = skip(first, last);
        } while (binary_operator_at(at, last).symbol == op.symbol);
        out = lower_junction(op.symbol == '|' ? ast::node_kind::q_or : ast::node_kind::q_and,
                             std::move(operands), start, out.extent);
        continue;
      }
      first = at + 1;
      syntax::operand right;
      operand_after(first, last, ctx, tighter, right);
      out = lower_binary(op.symbol, std::move(out), std::move(right));
    }
  }

  // What must follow an operator: an operand, or the error X3's `>` gives.
  template <class Context>
  void operand_after(const char*& first, const char* last, Context const& ctx, level lowest,
                     syntax::operand& out) const {
    if (!climb(first, last, ctx, lowest, out))
      throw_expected(x3::get<state_tag>(ctx), first, "expression");
  }

  // `-x`, `+x`, `~x`, or a power.
  template <class Context>
  bool factor(const char*& first, const char* last, Context const& ctx,
              syntax::operand& out) const {
    const char* at = skip(first, last);
    if (at == last || (*at != '-' && *at != '+' && *at != '~')) return power(first, last, ctx, out);
    parse_state& state = x3::get<state_tag>(ctx);
    if (*at == '-' && smallest_integer(at, last, state, first, out)) return true;
    const syntax::token op{*at, state.span(at, at + 1)};
    enter(state, at);
    first = at + 1;
    syntax::operand operand;
    if (!factor(first, last, ctx, operand)) throw_expected(state, first, "expression");
    --state.depth;
    const ast::node& x = *operand.node;
    if (op.symbol == '-' && x.kind == ast::node_kind::literal &&
        x.val.kind() == value_kind::integer &&
        x.val.as_int() == std::numeric_limits<std::int64_t>::min())
      throw_integer_too_big(state, at, first);
    out = lower_prefix(op, std::move(operand));
    return true;
  }

  // `-9223372036854775808`, unless `**` or a method follows (Python: -2**2 == -4).
  static bool smallest_integer(const char* minus, const char* last, parse_state& state,
                               const char*& first, syntax::operand& out) {
    syntax::literal lit;
    const char* end = scan_smallest_integer(state, minus, last, lit);
    if (end == nullptr) return false;
    const char* next = skip(end, last);
    if (next != last && (*next == '.' || (*next == '*' && last - next >= 2 && next[1] == '*')))
      return false;
    first = end;
    out = {ast::make_literal(std::move(lit.val), lit.span), lit.span};
    return true;
  }

  // A primary, its methods (`.desc()`, `.bitand(4)`), then `** factor`.
  template <class Context>
  bool power(const char*& first, const char* last, Context const& ctx, syntax::operand& out) const {
    if (!primary(first, last, ctx, out)) return false;
    parse_state& state = x3::get<state_tag>(ctx);
    while (true) {
      const char* at = skip(first, last);
      if (at == last || *at != '.') break;
      first = at + 1;
      syntax::method m;
      if (!method.parse(first, last, ctx, x3::unused, m))
        throw_expected(state, first, "method name");
      out = lower_method(std::move(out), std::move(m));
    }
    const char* at = skip(first, last);
    if (last - at < 2 || at[0] != '*' || at[1] != '*') return true;
    enter(state, at);
    first = at + 2;
    syntax::operand exponent;
    if (!factor(first, last, ctx, exponent)) throw_expected(state, first, "expression");
    --state.depth;
    out = lower_binary('^', std::move(out), std::move(exponent));
    return true;
  }

  template <class Context>
  bool primary(const char*& first, const char* last, Context const& ctx,
               syntax::operand& out) const {
    // The primaries' semantic actions assign their lowered node to _val, the rule context.
    auto parse = [&](auto const& parser) {
      return parser.parse(first, last, ctx, out, x3::unused);
    };
    const char* at = skip(first, last);
    if (at == last) return false;
    const char c = *at;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
      const bool literal_word = c == 'T' || c == 'F' || c == 'N' || c == 'r' || c == 'R' ||
                                c == 'u' || c == 'U' || c == 'b' || c == 'B';
      return (literal_word && parse(primaries.literal)) || parse(primaries.named);
    }
    if ((c >= '0' && c <= '9') || c == '.' || c == '\'' || c == '"')
      return parse(primaries.literal);
    return parse(primaries.punctuated);
  }

  // One nesting level deeper, at the operator `at` (an exception abandons the whole parse).
  static void enter(parse_state& state, const char* at) {
    if (state.depth == max_nesting_depth) throw_too_deep(state, at);
    ++state.depth;
  }
};

template <class Parser>
using parser_of = typename x3::extension::as_parser<Parser>::value_type;

template <class Literal, class Named, class Punctuated, class Method>
constexpr auto operators_over(Literal const& literal, Named const& named,
                              Punctuated const& punctuated, Method const& method) {
  using primaries = primary_parsers<parser_of<Literal>, parser_of<Named>, parser_of<Punctuated>>;
  return expression_parser<primaries, parser_of<Method>>(
      primaries{x3::as_parser(literal), x3::as_parser(named), x3::as_parser(punctuated)},
      x3::as_parser(method));
}

}  // namespace sqlweave::grammar::parser
