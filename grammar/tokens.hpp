// SPDX-License-Identifier: MIT
// Pieces shared by the two grammars: spans from parser positions, Python string literals,
// the pre-scan that bounds nesting, and syntax errors pointing at the offending text.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <string>
#include <string_view>

#include "sqlweave/ast.hpp"
#include "sqlweave/error.hpp"

namespace sqlweave::grammar {

namespace x3 = boost::spirit::x3;
using iterator = const char*;

/// x3::with<> key for the first character of the text, so actions can compute spans.
struct source_tag;

template <class Context>
source_span span_between(const Context& ctx, iterator first, iterator last) {
  const iterator base = x3::get<source_tag>(ctx);
  return {static_cast<std::uint32_t>(first - base), static_cast<std::uint32_t>(last - first)};
}

/// A name with where it stands.
struct name_token {
  std::string text;
  source_span span;
};

/// Position tagging, X3's way: a rule whose ID derives from this gives the node it produced the
/// span of its match, unless an inner rule or an action already gave it a narrower one.
struct tagged {
  template <class Iterator, class Context>
  void on_success(Iterator first, Iterator last, ast::expr& node, const Context& ctx) const {
    if (node && node->span.empty())
      const_cast<ast::node&>(*node).span = span_between(ctx, first, last);
  }
  template <class Iterator, class Context>
  void on_success(Iterator first, Iterator last, name_token& token, const Context& ctx) const {
    token.span = span_between(ctx, first, last);
  }
  template <class Iterator, class Attribute, class Context>
  void on_success(Iterator first, Iterator last, Attribute& attr, const Context& ctx) const {
    if constexpr (requires { attr.span; }) attr.span = span_between(ctx, first, last);
  }
};

/// Python string literals: '..', "..", triple quotes, r-prefix, escapes (\n \t \xNN \uNNNN ...).
/// An unterminated literal is a syntax error at its opening quote.
struct string_literal_parser : x3::parser<string_literal_parser> {
  using attribute_type = std::string;
  static bool const has_attribute = true;

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext&,
             Attribute& attr) const {
    x3::skip_over(first, last, ctx);
    std::string out;
    Iterator it = first;
    if (!parse_one(it, last, out, x3::get<source_tag>(ctx))) return false;
    // Adjacent literals concatenate, as in Python.
    while (true) {
      Iterator next = it;
      x3::skip_over(next, last, ctx);
      if (!parse_one(next, last, out, x3::get<source_tag>(ctx))) break;
      it = next;
    }
    first = it;
    x3::traits::move_to(out, attr);
    return true;
  }

  static bool parse_one(iterator& it, iterator last, std::string& out, iterator base);
};

inline string_literal_parser const string_literal{};

/// Throws error(limit_exceeded) when brackets or `**` chains nest deeper than
/// max_nesting_depth, or the text is longer than max_query_length: the grammar recurses on
/// those, and no input may exhaust the stack.
void check_nesting(std::string_view text);

/// A syntax error at `at`: "expected <what>, found <token>".
[[noreturn]] void syntax_error(std::string_view text, iterator at, std::string_view expected);

}  // namespace sqlweave::grammar
