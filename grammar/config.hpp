// SPDX-License-Identifier: MIT
// The one iterator, skipper and context the grammars are instantiated for. query.hpp declares the
// query rule for them, query.cpp instantiates it, and parse.cpp calls it with exactly this context;
// should the three disagree, the program fails to link rather than parsing with another grammar.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "sqlweave/error.hpp"

namespace sqlweave::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;

/// What every parser reaches through the context: the text being parsed, where the whole text
/// starts (spans are offsets from there; the models.py reader parses one line at a time), and
/// how many brackets, calls and operators are open around the current position.
struct parse_state {
  explicit parse_state(std::string_view text) : source(text), origin(text.data()) {}
  parse_state(std::string_view part, const char* whole) : source(part), origin(whole) {}

  std::string_view source;
  const char* origin;
  std::size_t depth = 0;

  source_span span(iterator_type first, iterator_type last) const {
    return {static_cast<std::uint32_t>(first - origin), static_cast<std::uint32_t>(last - first)};
  }
};

/// x3::with<state_tag>(state)[...] key of the parse_state.
struct state_tag;

/// Python's white space between tokens: blanks, line breaks, `\` line continuations and `#`
/// comments. One parse call consumes a whole run (X3 calls it until it fails).
struct python_space_parser : x3::parser<python_space_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  static const char* skip(const char* p, const char* last) {
    while (p != last) {
      const char c = *p;
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        ++p;
      } else if (c == '#') {
        while (p != last && *p != '\n' && *p != '\r') ++p;
      } else if (c == '\\' && last - p >= 2 && (p[1] == '\n' || p[1] == '\r')) {
        p += 2;
      } else {
        break;
      }
    }
    return p;
  }

  template <class Iterator, class Context, class RContext, class Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    const char* end = skip(first, last);
    if (end == first) return false;
    first = end;
    return true;
  }
};

inline constexpr python_space_parser python_space{};

using skipper_type = python_space_parser;
using phrase_context_type = x3::phrase_parse_context<skipper_type>::type;
using context_type = x3::context<state_tag, parse_state, phrase_context_type>;

}  // namespace sqlweave::grammar
