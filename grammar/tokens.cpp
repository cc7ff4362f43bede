// SPDX-License-Identifier: MIT
#include "grammar/tokens.hpp"

#include <fmt/format.h>

#include <cctype>

#include "sqlweave/parse.hpp"

namespace sqlweave::grammar {
namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

[[noreturn]] void literal_error(iterator base, iterator at, std::uint32_t length,
                                std::string message) {
  throw error(
      diagnostic{error_code::syntax,
                 std::move(message),
                 {static_cast<std::uint32_t>(at - base), std::max<std::uint32_t>(1, length)},
                 {}});
}

// \x, \u and \U escapes: exactly `digits` hex digits.
std::uint32_t hex_escape(iterator& it, iterator last, int digits, iterator base, iterator escape) {
  std::uint32_t cp = 0;
  for (int i = 0; i < digits; ++i, ++it) {
    if (it == last || !std::isxdigit(static_cast<unsigned char>(*it)))
      literal_error(
          base, escape, static_cast<std::uint32_t>(it - escape),
          fmt::format("truncated \\{} escape: expected {} hex digits", escape[1], digits));
    const char c = *it;
    cp = cp * 16 + static_cast<std::uint32_t>(std::isdigit(static_cast<unsigned char>(c))
                                                  ? c - '0'
                                                  : (std::tolower(c) - 'a' + 10));
  }
  if (cp > 0x10FFFF)
    literal_error(base, escape, static_cast<std::uint32_t>(it - escape), "escape beyond U+10FFFF");
  return cp;
}

}  // namespace

bool string_literal_parser::parse_one(iterator& it, iterator last, std::string& out,
                                      iterator base) {
  iterator p = it;
  bool raw = false;
  while (p != last && (*p == 'r' || *p == 'R' || *p == 'u' || *p == 'U')) {
    raw = raw || *p == 'r' || *p == 'R';
    ++p;
    if (p - it > 2) return false;
  }
  if (p == last || (*p != '\'' && *p != '"')) return false;
  const iterator open = p;
  const char quote = *p;
  const bool triple = last - p >= 3 && p[1] == quote && p[2] == quote;
  p += triple ? 3 : 1;
  while (true) {
    if (p == last || (!triple && *p == '\n'))
      literal_error(base, open, static_cast<std::uint32_t>(p - open),
                    "unterminated string literal");
    if (*p == quote && (!triple || (last - p >= 3 && p[1] == quote && p[2] == quote))) {
      p += triple ? 3 : 1;
      break;
    }
    if (*p != '\\') {
      out.push_back(*p++);
      continue;
    }
    const iterator escape = p;
    if (++p == last)
      literal_error(base, open, static_cast<std::uint32_t>(p - open),
                    "unterminated string literal");
    if (raw) {
      // A raw string keeps the backslash; the escaped character cannot end the literal.
      out.push_back('\\');
      out.push_back(*p++);
      continue;
    }
    const char c = *p++;
    switch (c) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'r': out.push_back('\r'); break;
      case 'a': out.push_back('\a'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'v': out.push_back('\v'); break;
      case '\\': out.push_back('\\'); break;
      case '\'': out.push_back('\''); break;
      case '"': out.push_back('"'); break;
      case '\n': break;  // line continuation
      case 'x': out.push_back(static_cast<char>(hex_escape(p, last, 2, base, escape))); break;
      case 'u': append_utf8(out, hex_escape(p, last, 4, base, escape)); break;
      case 'U': append_utf8(out, hex_escape(p, last, 8, base, escape)); break;
      default:
        if (c >= '0' && c <= '7') {
          std::uint32_t v = static_cast<std::uint32_t>(c - '0');
          for (int i = 0; i < 2 && p != last && *p >= '0' && *p <= '7'; ++i)
            v = v * 8 + static_cast<std::uint32_t>(*p++ - '0');
          append_utf8(out, v);
        } else {
          out.push_back('\\');  // Python keeps unknown escapes as written
          out.push_back(c);
        }
    }
  }
  it = p;
  return true;
}

void check_nesting(std::string_view text) {
  if (text.size() > max_query_length)
    throw error(diagnostic{error_code::limit_exceeded,
                           fmt::format("query text is {} bytes; at most {} are accepted",
                                       text.size(), max_query_length),
                           {},
                           {}});
  std::size_t depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\'' || c == '"') {
      // Skip the literal; the grammar reports it if it is unterminated.
      const bool triple = i + 2 < text.size() && text[i + 1] == c && text[i + 2] == c;
      std::size_t j = i + (triple ? 3 : 1);
      while (j < text.size()) {
        if (text[j] == '\\') {
          j += 2;
          continue;
        }
        if (text[j] == c &&
            (!triple || (j + 2 < text.size() && text[j + 1] == c && text[j + 2] == c)))
          break;
        ++j;
      }
      i = triple ? j + 2 : j;
      continue;
    }
    if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
      continue;
    }
    const bool power = c == '*' && i + 1 < text.size() && text[i + 1] == '*';
    if (c == '(' || c == '[' || c == '{' || power) ++depth;
    if (c == ')' || c == ']' || c == '}') depth = depth == 0 ? 0 : depth - 1;
    if (depth > max_nesting_depth)
      throw error(
          diagnostic{error_code::limit_exceeded,
                     fmt::format("expressions nest deeper than {} levels", max_nesting_depth),
                     {static_cast<std::uint32_t>(i), 1},
                     {}});
    if (power) ++i;
  }
}

void syntax_error(std::string_view text, iterator at, std::string_view expected) {
  const iterator base = text.data(), last = base + text.size();
  while (at != last && std::isspace(static_cast<unsigned char>(*at))) ++at;
  std::string found = "end of input";
  std::uint32_t length = 1;
  if (at != last) {
    iterator e = at;
    if (std::isalnum(static_cast<unsigned char>(*e)) || *e == '_' ||
        static_cast<unsigned char>(*e) >= 0x80)
      while (e != last && (std::isalnum(static_cast<unsigned char>(*e)) || *e == '_' ||
                           static_cast<unsigned char>(*e) >= 0x80))
        ++e;
    else
      ++e;
    found = fmt::format("'{}'", std::string_view(at, static_cast<std::size_t>(e - at)));
    length = static_cast<std::uint32_t>(e - at);
  }
  throw error(diagnostic{error_code::syntax,
                         fmt::format("expected {}, found {}", expected, found),
                         {static_cast<std::uint32_t>(at - base), length},
                         {}});
}

}  // namespace sqlweave::grammar
