// SPDX-License-Identifier: MIT
#include "format/sql_tokens.hpp"

namespace sqlweave::format {
namespace {

bool space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool word_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '_' ||
         c == '$' || u >= 0x80;
}

class lexer {
 public:
  lexer(std::string_view sql, const lexical_rules& rules) : s_(sql), r_(rules) {}

  std::vector<token> run() {
    std::vector<token> out;
    while (true) {
      while (at_ < s_.size() && space(s_[at_])) ++at_;
      if (at_ == s_.size()) return out;
      const std::size_t begin = at_;
      const token_kind kind = next();
      out.push_back({kind, begin, at_});
    }
  }

 private:
  char peek(std::size_t ahead = 0) const {
    return at_ + ahead < s_.size() ? s_[at_ + ahead] : '\0';
  }

  token_kind next() {
    const char c = s_[at_];
    if ((c == '-' && peek(1) == '-') || c == '#') return to_line_end();
    if (c == '/' && peek(1) == '*') return block_comment();
    if (c == '\'' || c == '"' || c == r_.ident_open) return quoted(c, c == '\'' || c == '"');
    if (c == '$' && dollar_quote()) return token_kind::quoted;
    if (c == '(') return ++at_, token_kind::open;
    if (c == ')') return ++at_, token_kind::close;
    if (!word_char(c)) return ++at_, token_kind::other;
    while (at_ < s_.size() && word_char(s_[at_])) ++at_;
    if (peek() == '\'') return prefixed_string(s_.substr(begin_of_word(), at_ - begin_of_word()));
    return token_kind::word;
  }

  std::size_t begin_of_word() const {
    std::size_t b = at_;
    while (b > 0 && word_char(s_[b - 1])) --b;
    return b;
  }

  token_kind to_line_end() {
    while (at_ < s_.size() && s_[at_] != '\n') ++at_;
    return token_kind::comment;
  }

  token_kind block_comment() {
    const auto close = s_.find("*/", at_ + 2);
    at_ = close == std::string_view::npos ? s_.size() : close + 2;
    return token_kind::comment;
  }

  // 'it''s', "a""b", `a``b`; with backslash escapes, \' too. Unterminated: to the end.
  token_kind quoted(char open, bool may_escape) {
    const char close = open == r_.ident_open ? r_.ident_close : open;
    const bool escapes = may_escape && r_.backslash_escapes;
    ++at_;
    while (at_ < s_.size()) {
      const char c = s_[at_++];
      if (escapes && c == '\\') {
        if (at_ < s_.size()) ++at_;
        continue;
      }
      if (c != close) continue;
      if (peek() != close) return token_kind::quoted;
      ++at_;  // a doubled quote stays inside
    }
    return token_kind::quoted;
  }

  // PostgreSQL's $tag$ .. $tag$; `$1` is a placeholder, not a quote.
  bool dollar_quote() {
    std::size_t end = at_ + 1;
    while (end < s_.size() && word_char(s_[end]) && s_[end] != '$' &&
           !(s_[end] >= '0' && s_[end] <= '9'))
      ++end;
    if (end >= s_.size() || s_[end] != '$') return false;
    const std::string_view tag = s_.substr(at_, end + 1 - at_);
    const auto close = s_.find(tag, end + 1);
    at_ = close == std::string_view::npos ? s_.size() : close + tag.size();
    return true;
  }

  // E'..' (backslash escapes), N'..', X'..' and Oracle's q'[..]' (closed by its delimiter).
  token_kind prefixed_string(std::string_view prefix) {
    const bool q = prefix == "q" || prefix == "Q" || prefix == "nq" || prefix == "NQ" ||
                   prefix == "Nq" || prefix == "nQ";
    if (q && at_ + 1 < s_.size()) {
      const char open = s_[at_ + 1];
      const char close = open == '['   ? ']'
                         : open == '(' ? ')'
                         : open == '{' ? '}'
                         : open == '<' ? '>'
                                       : open;
      for (std::size_t i = at_ + 2; i + 1 < s_.size(); ++i) {
        if (s_[i] == close && s_[i + 1] == '\'') {
          at_ = i + 2;
          return token_kind::quoted;
        }
      }
      at_ = s_.size();
      return token_kind::quoted;
    }
    if (prefix == "E" || prefix == "e") {
      const lexical_rules saved = r_;
      r_.backslash_escapes = true;
      quoted('\'', true);
      r_ = saved;
      return token_kind::quoted;
    }
    if (prefix.size() == 1) return quoted('\'', true);  // N'..', X'..', B'..'
    return token_kind::word;                            // a name followed by a string: two tokens
  }

  std::string_view s_;
  lexical_rules r_;
  std::size_t at_ = 0;
};

}  // namespace

std::vector<token> tokenize(std::string_view sql, const lexical_rules& rules) {
  return lexer(sql, rules).run();
}

}  // namespace sqlweave::format
