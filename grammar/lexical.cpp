// SPDX-License-Identifier: MIT
#include "grammar/lexical.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <iterator>
#include <limits>
#include <string>

#include "grammar/error_handler.hpp"
#include "sqlweave/parse.hpp"

namespace sqlweave::grammar {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_word(char c) {
  return is_alpha(c) || is_digit(c);
}
bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

[[noreturn]] void throw_syntax(const parse_state& state, const char* first, const char* last,
                               std::string message) {
  source_span span = state.span(first, last);
  span.length = std::max<std::uint32_t>(span.length, 1);
  throw error(diagnostic{error_code::syntax, std::move(message), span, {}});
}

const char* end_of_line(const char* p, const char* last) {
  while (p != last && *p != '\n' && *p != '\r') ++p;
  return p;
}

int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// \xhh, \uhhhh, \Uhhhhhhhh: exactly `digits` hex digits after the escape at `escape`. Code points
// are characters, as in Python 3 (`"\xe9"` is é, stored as UTF-8), so surrogates cannot be.
std::uint32_t hex_escape(const parse_state& state, const char* escape, const char*& p,
                         const char* last, int digits) {
  std::uint32_t cp = 0;
  for (int i = 0; i < digits; ++i, ++p) {
    if (p == last || hex_value(*p) < 0) {
      static constexpr const char* forms[] = {"\\xXX", "\\uXXXX", "\\UXXXXXXXX"};
      throw_syntax(state, escape, p, fmt::format("truncated {} escape", forms[digits / 4]));
    }
    cp = cp * 16 + static_cast<std::uint32_t>(hex_value(*p));
  }
  if (cp > 0x10FFFF) throw_syntax(state, escape, p, "illegal Unicode character in escape");
  if (cp >= 0xD800 && cp <= 0xDFFF)
    throw_syntax(state, escape, p, "escape names a surrogate, not a character");
  return cp;
}

// One quoted piece: an optional prefix (r, u, b, br, rb in either case), then '..', "..",
// '''..''' or """..""". Returns its end, or nullptr when no string starts at `p`; `bytes` tells
// whether it is a bytes literal, whose escapes name bytes and whose text must be ASCII.
const char* scan_string_piece(const parse_state& state, const char* p, const char* last,
                              std::string& out, bool& bytes) {
  const char* const start = p;
  auto is = [&](const char* at, char c) { return at != last && (*at | 0x20) == c; };
  bool raw = false;
  bytes = false;
  if (is(p, 'u')) {
    ++p;
  } else if (is(p, 'b') || is(p, 'r')) {
    raw = is(p, 'r');
    bytes = is(p, 'b');
    ++p;
    if (bytes ? is(p, 'r') : is(p, 'b')) {
      raw = bytes = true;
      ++p;
    }
  }
  if (p == last || (*p != '\'' && *p != '"')) return nullptr;
  const char quote = *p;
  const bool triple = last - p >= 3 && p[1] == quote && p[2] == quote;
  p += triple ? 3 : 1;
  auto closes = [&](const char* at) {
    return *at == quote && (!triple || (last - at >= 3 && at[1] == quote && at[2] == quote));
  };
  while (true) {
    if (p == last || (!triple && (*p == '\n' || *p == '\r')))
      throw_syntax(
          state, start, end_of_line(start, last),
          triple ? "unterminated triple-quoted string literal" : "unterminated string literal");
    if (closes(p)) return p + (triple ? 3 : 1);
    if (*p != '\\') {
      const char* run = p++;  // up to the next character that may end the piece or escape
      while (p != last && *p != quote && *p != '\\' && *p != '\n' && *p != '\r') ++p;
      if (bytes)
        for (const char* c = run; c != p; ++c)
          if (static_cast<unsigned char>(*c) >= 0x80)
            throw_syntax(state, c, c + 1, "bytes can only contain ASCII literal characters");
      out.append(run, p);
      continue;
    }
    const char* const escape = p++;
    if (p == last) continue;  // reported as unterminated on the next turn
    if (raw) {
      // A raw string keeps the backslash; the character after it cannot end the literal.
      out.push_back('\\');
      out.push_back(*p++);
      continue;
    }
    const char c = *p++;
    switch (c) {
      case '\n': break;  // line continuation
      case '\r':
        if (p != last && *p == '\n') ++p;
        break;
      case '\\': out.push_back('\\'); break;
      case '\'': out.push_back('\''); break;
      case '"': out.push_back('"'); break;
      case 'a': out.push_back('\a'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'v': out.push_back('\v'); break;
      case 'x': {
        const std::uint32_t cp = hex_escape(state, escape, p, last, 2);
        if (bytes)
          out.push_back(static_cast<char>(cp));
        else
          append_utf8(out, cp);
        break;
      }
      case 'u':
      case 'U':
      case 'N':
        if (bytes) {  // no escapes in bytes: kept as written
          out.push_back('\\');
          out.push_back(c);
        } else if (c == 'N') {
          throw_syntax(state, escape, p,
                       "\\N{...} escapes are not supported; write the character or \\u");
        } else {
          append_utf8(out, hex_escape(state, escape, p, last, c == 'u' ? 4 : 8));
        }
        break;
      default:
        if (c >= '0' && c <= '7') {
          std::uint32_t cp = static_cast<std::uint32_t>(c - '0');
          for (int i = 0; i < 2 && p != last && *p >= '0' && *p <= '7'; ++i)
            cp = cp * 8 + static_cast<std::uint32_t>(*p++ - '0');
          if (!bytes) {
            append_utf8(out, cp);
          } else if (cp > 0xFF) {
            throw_syntax(state, escape, p, "an octal escape in bytes is at most \\377");
          } else {
            out.push_back(static_cast<char>(cp));
          }
        } else {
          out.push_back('\\');  // Python keeps an unknown escape as written
          out.push_back(c);
        }
    }
  }
}

// digitpart: a digit, then digits each optionally preceded by one `_`.
const char* scan_digits(const char* p, const char* last, int base) {
  auto digit = [base](char c) {
    return base == 16 ? hex_value(c) >= 0 : c >= '0' && c < '0' + base;
  };
  if (p == last || !digit(*p)) return p;
  ++p;
  while (p != last) {
    if (digit(*p)) {
      ++p;
    } else if (*p == '_' && p + 1 != last && digit(p[1])) {
      p += 2;
    } else {
      break;
    }
  }
  return p;
}

// Python's integer and float literals: 1_000, 0x1F, 0o17, 0b101, 1.5, .5, 1., 1e3, 2.5E-3.
// `negated`: the literal has a minus in front, read as part of the integer, so that the smallest
// int64 (whose magnitude does not fit) can be read.
const char* scan_number(const parse_state& state, const char* p, const char* last,
                        syntax::literal& out, bool negated = false) {
  const char* e = p;
  int base = 10;
  if (last - p >= 2 && p[0] == '0' &&
      std::string_view("xXoObB").find(p[1]) != std::string_view::npos) {
    base = p[1] == 'x' || p[1] == 'X' ? 16 : p[1] == 'o' || p[1] == 'O' ? 8 : 2;
    e = p + 2;
    if (e != last && *e == '_') ++e;
    const char* digits = e;
    e = scan_digits(e, last, base);
    if (e == digits) throw_syntax(state, p, e, "invalid number literal");
  } else {
    e = scan_digits(p, last, 10);
  }
  bool real = false;
  if (base == 10 && e != last && *e == '.') {
    const char* fraction = scan_digits(e + 1, last, 10);
    if (e == p && fraction == e + 1) return nullptr;  // a lone '.'
    real = true;
    e = fraction;
  }
  if (e == p) return nullptr;
  if (base == 10 && e != last && (*e == 'e' || *e == 'E')) {
    const char* exponent = e + 1;
    if (exponent != last && (*exponent == '+' || *exponent == '-')) ++exponent;
    const char* end = scan_digits(exponent, last, 10);
    if (end == exponent) throw_syntax(state, p, end, "invalid decimal literal");
    real = true;
    e = end;
  }
  if (e != last && is_word(*e)) {
    const char* word = e;
    while (word != last && is_word(*word)) ++word;
    throw_syntax(state, p, word, base == 10 ? "invalid decimal literal" : "invalid number literal");
  }
  // from_chars reads the digits in place unless `_` separators must go first.
  std::string_view text(base == 10 ? p : p + 2,
                        static_cast<std::size_t>(e - (base == 10 ? p : p + 2)));
  std::string without_separators;
  if (text.find('_') != std::string_view::npos) {
    std::copy_if(text.begin(), text.end(), std::back_inserter(without_separators),
                 [](char c) { return c != '_'; });
    text = without_separators;
  }
  if (real) {
    double d = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
    if (ec != std::errc() || end != text.data() + text.size())
      throw_syntax(state, p, e, "float literal out of range");
    out = {value(d), state.span(p, e)};
    return e;
  }
  if (base == 10 && text.size() > 1 && text[0] == '0' &&
      text.find_first_not_of('0') != std::string_view::npos)
    throw_syntax(state, p, e, "leading zeros in decimal integer literals are not permitted");
  std::string with_sign;
  if (negated) {
    with_sign = "-";
    with_sign += text;
    text = with_sign;
  }
  std::int64_t i = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), i, base);
  if (ec != std::errc() || end != text.data() + text.size())
    throw_syntax(state, p, e, "integer literal does not fit in 64 bits");
  out = {value(i), state.span(p, e)};
  return e;
}

bool keyword_at(const char* p, const char* last, std::string_view word) {
  return *p == word[0] && static_cast<std::size_t>(last - p) >= word.size() &&
         std::string_view(p, word.size()) == word &&
         (p + word.size() == last || !is_word(p[word.size()]));
}

}  // namespace

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

const char* scan_identifier(const char* p, const char* last) {
  if (p == last || !is_alpha(*p)) return p;
  while (p != last && is_word(*p)) ++p;
  return p;
}

void throw_integer_too_big(const parse_state& state, const char* first, const char* last) {
  throw_syntax(state, first, last, "integer literal does not fit in 64 bits");
}

const char* scan_smallest_integer(const parse_state& state, const char* minus, const char* last,
                                  syntax::literal& out) {
  const char* p = python_space_parser::skip(minus + 1, last);
  if (p == last || !is_digit(*p)) return nullptr;
  syntax::literal read;
  const char* end = scan_number(state, p, last, read, true);
  if (end == nullptr || read.val.kind() != value_kind::integer ||
      read.val.as_int() != std::numeric_limits<std::int64_t>::min())
    return nullptr;
  out = {std::move(read.val), state.span(minus, end)};
  return end;
}

const char* scan_literal(const parse_state& state, const char* p, const char* last,
                         syntax::literal& out) {
  if (p == last) return nullptr;
  if (is_digit(*p) || *p == '.') return scan_number(state, p, last, out);
  if (keyword_at(p, last, "True")) {
    out = {value(true), state.span(p, p + 4)};
    return p + 4;
  }
  if (keyword_at(p, last, "False")) {
    out = {value(false), state.span(p, p + 5)};
    return p + 5;
  }
  if (keyword_at(p, last, "None")) {
    out = {value(), state.span(p, p + 4)};
    return p + 4;
  }
  // Adjacent string literals are one, as in Python: "abc" 'def' across white space and lines.
  std::string text;
  bool bytes = false, piece_bytes = false;
  const char* end = scan_string_piece(state, p, last, text, bytes);
  if (end == nullptr) return nullptr;
  for (const char* next = python_space_parser::skip(end, last);
       const char* piece_end = scan_string_piece(state, next, last, text, piece_bytes);
       next = python_space_parser::skip(end, last)) {
    if (piece_bytes != bytes)
      throw_syntax(state, next, piece_end, "cannot mix bytes and nonbytes literals");
    end = piece_end;
  }
  out = {bytes ? value(sqlweave::bytes{std::move(text)}) : value(std::move(text)),
         state.span(p, end)};
  return end;
}

namespace {

// The token an error points at: a word, a number, one character (all of a UTF-8 sequence), or
// the end of the input (just after the last token, not after trailing blank lines).
struct found_token {
  std::string description;
  source_span span;
};

found_token token_at(const parse_state& state, const char* where) {
  const char* const first = state.source.data();
  const char* const last = first + state.source.size();
  const char* at = python_space_parser::skip(where, last);
  if (at == last) {
    const char* end = last;
    while (end != first && is_blank(end[-1])) --end;
    return {"end of input", state.span(end, end + 1)};
  }
  const char* end = at + 1;
  if (is_word(*at)) {
    while (end != last && (is_word(*end) || (is_digit(*at) && *end == '.'))) ++end;
  } else {
    while (end != last && (static_cast<unsigned char>(*end) & 0xC0) == 0x80) ++end;
  }
  return {fmt::format("'{}'", std::string_view(at, static_cast<std::size_t>(end - at))),
          state.span(at, end)};
}

}  // namespace

void throw_expected(const parse_state& state, const char* where, std::string_view what) {
  found_token found = token_at(state, where);
  throw error(diagnostic{error_code::syntax,
                         fmt::format("expected {}, found {}", what, found.description),
                         found.span,
                         {}});
}

void throw_unexpected(const parse_state& state, const char* where, std::string_view context) {
  found_token found = token_at(state, where);
  throw error(diagnostic{error_code::syntax,
                         fmt::format("unexpected {} {}", found.description, context),
                         found.span,
                         {}});
}

void throw_too_deep(const parse_state& state, const char* where) {
  throw error(diagnostic{
      error_code::limit_exceeded,
      fmt::format("brackets, calls and operators nest deeper than {} levels", max_nesting_depth),
      token_at(state, where).span,
      {}});
}

}  // namespace sqlweave::grammar
