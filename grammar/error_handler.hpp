// SPDX-License-Identifier: MIT
// Errors and positions, X3's way: rule IDs inherit error_handler, whose on_error turns an
// x3::expectation_failure into sqlweave::error (`expected ')' or ',' after argument, found 'x'`
// with the span of the offending token), and annotate_span, whose on_success records the span a
// rule matched. `named` gives an expectation point the words the message uses, and `nest`
// bounds how deep brackets, calls and operators may nest, since each level recurses.
#pragma once

#include <string>
#include <string_view>

#include "grammar/config.hpp"
#include "sqlweave/parse.hpp"

namespace sqlweave::grammar {

/// `expected <what>, found <the token at where>`, as error(syntax). (Defined in lexical.cpp,
/// beside the scanner that tells what the token is.)
[[noreturn]] void throw_expected(const parse_state& state, const char* where,
                                 std::string_view what);

/// `unexpected <the token at where> <context>`: `unexpected 'x' after the query`.
[[noreturn]] void throw_unexpected(const parse_state& state, const char* where,
                                   std::string_view context);

/// error(limit_exceeded) at the bracket or operator that opens one level too many.
[[noreturn]] void throw_too_deep(const parse_state& state, const char* where);

struct error_handler {
  template <class Iterator, class Exception, class Context>
  x3::error_handler_result on_error(Iterator&, Iterator const&, Exception const& failure,
                                    Context const& ctx) const {
    throw_expected(x3::get<state_tag>(ctx), failure.where(), failure.which());
  }
};

struct annotate_span {
  template <class Iterator, class Attribute, class Context>
  void on_success(Iterator const& first, Iterator const& last, Attribute& attr,
                  Context const& ctx) const {
    attr.span = x3::get<state_tag>(ctx).span(first, last);
  }
};

/// `named("')' or ',' after argument")[lit(')')]`: the subject, described by `name` in errors.
template <class Subject>
struct named_directive : x3::unary_parser<Subject, named_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, named_directive<Subject>>;
  static bool const is_pass_through_unary = true;

  constexpr named_directive(Subject const& subject, const char* name)
      : base_type(subject), name(name) {}

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext& rctx,
             Attribute& attr) const {
    return this->subject.parse(first, last, ctx, rctx, attr);
  }

  const char* name;
};

struct named {
  constexpr explicit named(const char* n) : name(n) {}  // clang 14 has no aggregate `named("x")`
  const char* name;
  template <class Subject>
  constexpr named_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
      Subject const& subject) const {
    return {x3::as_parser(subject), name};
  }
};

/// `nest[p]`: p one level deeper. Put it after a lookahead for the opening token, so only a
/// bracket or operator that is really there counts.
template <class Subject>
struct nest_directive : x3::unary_parser<Subject, nest_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, nest_directive<Subject>>;
  static bool const is_pass_through_unary = true;

  constexpr explicit nest_directive(Subject const& subject) : base_type(subject) {}

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& ctx, RContext& rctx,
             Attribute& attr) const {
    parse_state& state = x3::get<state_tag>(ctx);
    if (state.depth == max_nesting_depth) {
      Iterator at = first;
      x3::skip_over(at, last, ctx);
      throw_too_deep(state, at);
    }
    ++state.depth;
    const bool ok = this->subject.parse(first, last, ctx, rctx, attr);
    --state.depth;  // an exception abandons the whole parse, state and all
    return ok;
  }
};

struct nest_gen {
  template <class Subject>
  constexpr nest_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
      Subject const& subject) const {
    return nest_directive<typename x3::extension::as_parser<Subject>::value_type>(
        x3::as_parser(subject));
  }
};

inline constexpr nest_gen nest{};

}  // namespace sqlweave::grammar

namespace boost::spirit::x3 {
template <class Subject>
struct get_info<sqlweave::grammar::named_directive<Subject>> {
  using result_type = std::string;
  std::string operator()(sqlweave::grammar::named_directive<Subject> const& p) const {
    return p.name;
  }
};
}  // namespace boost::spirit::x3
