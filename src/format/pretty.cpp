// SPDX-License-Identifier: MIT
// pretty_sql(): the compiled text re-cut into tokens and laid out again. Working on the text,
// not inside the renderer, keeps compile() free of layout work and lets every SQL text be
// laid out the same way: dialect hooks, RawSQL, prefetch statements, and inlined statements.
#include "sqlweave/pretty.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "format/sql_tokens.hpp"
#include "render/dialect.hpp"
#include "render/writer.hpp"

namespace sqlweave {
namespace {

using format::token;
using format::token_kind;

constexpr std::size_t no_match = static_cast<std::size_t>(-1);
// A group of conditions longer than this gets one condition a line.
constexpr std::size_t long_group = 80;
constexpr std::string_view indent_unit = "  ";

bool is_word(std::string_view text, std::string_view keyword) {
  return text.size() == keyword.size() &&
         std::equal(text.begin(), text.end(), keyword.begin(), [](char a, char b) {
           return std::toupper(static_cast<unsigned char>(a)) == b;
         });
}

template <std::size_t N>
bool is_any(std::string_view text, const std::array<std::string_view, N>& keywords) {
  return std::any_of(keywords.begin(), keywords.end(),
                     [&](std::string_view k) { return is_word(text, k); });
}

constexpr std::array<std::string_view, 4> set_operators = {"UNION", "INTERSECT", "EXCEPT", "MINUS"};
constexpr std::array<std::string_view, 6> join_kinds = {"INNER", "LEFT",  "RIGHT",
                                                        "FULL",  "CROSS", "NATURAL"};

class layout {
 public:
  layout(std::string_view sql, const format::lexical_rules& rules)
      : sql_(sql), tokens_(format::tokenize(sql, rules)), close_of_(tokens_.size(), no_match) {
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_[i].kind == token_kind::open) open.push_back(i);
      if (tokens_[i].kind != token_kind::close || open.empty()) continue;
      close_of_[open.back()] = i;
      open.pop_back();
    }
  }

  std::string run() {
    frames_.push_back({group::statement, 0, 0, no_match, false});
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      place(i);
      out_.append(text(i));
      after(i);
    }
    return std::move(out_);
  }

 private:
  enum class group : unsigned char {
    statement,  // a query inside parentheses: clauses on their own lines, one level deeper
    boolean,    // AND/OR, one condition a line, one level deeper
    inline_,    // everything else: left on its line
  };
  struct frame {
    group kind;
    std::size_t base;      // the indentation of the line it opened on
    std::size_t content;   // the indentation of its own lines
    std::size_t close;     // index of its `)`
    bool between = false;  // a BETWEEN waits for its AND, which joins no conditions
  };

  std::string_view text(std::size_t i) const {
    return sql_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  bool word_at(std::size_t i, std::string_view keyword) const {
    return i < tokens_.size() && tokens_[i].kind == token_kind::word && is_word(text(i), keyword);
  }

  // Writes what goes between token i-1 and token i: a line break, or the original whitespace.
  void place(std::size_t i) {
    if (i == 0) return;
    if (const auto level = break_before(i)) {
      out_.push_back('\n');
      for (std::size_t l = 0; l < *level; ++l) out_.append(indent_unit);
      line_level_ = *level;
      return;
    }
    out_.append(sql_.substr(tokens_[i - 1].end, tokens_[i].begin - tokens_[i - 1].end));
  }

  std::optional<std::size_t> break_before(std::size_t i) {
    const frame& top = frames_.back();
    if (tokens_[i].kind == token_kind::close && top.close == i)
      return top.kind == group::inline_ ? std::nullopt : std::optional(top.base);
    if (tokens_[i - 1].kind == token_kind::open && top.kind != group::inline_ &&
        close_of_[i - 1] == top.close)
      return top.content;
    if (break_next_) {
      break_next_ = false;
      return top.content;
    }
    if (tokens_[i].kind != token_kind::word || is_dot(i - 1)) return std::nullopt;
    if (top.kind == group::statement && starts_clause(i)) return top.content;
    if (top.kind == group::boolean && (word_at(i, "AND") || word_at(i, "OR"))) {
      if (word_at(i, "AND") && top.between) return std::nullopt;
      return top.content;
    }
    return std::nullopt;
  }

  bool is_dot(std::size_t i) const {
    return tokens_[i].kind == token_kind::other && text(i) == ".";
  }

  bool starts_clause(std::size_t i) const {
    const auto w = text(i);
    const auto prev = [&](std::string_view k) { return word_at(i - 1, k); };
    const auto next = [&](std::string_view k) { return word_at(i + 1, k); };
    if (is_word(w, "SELECT") || is_word(w, "WHERE") || is_word(w, "HAVING") ||
        is_word(w, "LIMIT") || is_word(w, "OFFSET") || is_word(w, "FETCH") ||
        is_word(w, "RETURNING") || is_word(w, "USING"))
      return true;
    if (is_any(w, set_operators) || is_any(w, join_kinds)) return true;
    if (is_word(w, "FROM")) return !prev("DELETE");
    if (is_word(w, "GROUP") || is_word(w, "ORDER")) return next("BY");
    if (is_word(w, "JOIN")) return !is_any(text(i - 1), join_kinds) && !prev("OUTER");
    if (is_word(w, "SET")) return !prev("UPDATE");
    // INSERT's VALUES, not MySQL's VALUES(col) after `=`.
    if (is_word(w, "VALUES")) return tokens_[i - 1].kind != token_kind::other;
    if (is_word(w, "ON")) return next("CONFLICT") || next("DUPLICATE");
    if (is_word(w, "WHEN")) return next("MATCHED") || (next("NOT") && word_at(i + 2, "MATCHED"));
    if (is_word(w, "FOR")) return next("UPDATE") || next("SHARE") || next("NO") || next("KEY");
    return false;
  }

  // After token i: open or close a group; a set operator puts the next part on its own line.
  void after(std::size_t i) {
    const token& t = tokens_[i];
    if (t.kind == token_kind::word) {
      if (frames_.back().kind == group::statement && is_any(text(i), set_operators))
        break_next_ = !word_at(i + 1, "ALL") && !word_at(i + 1, "DISTINCT");
      else if (frames_.back().kind == group::statement &&
               (word_at(i, "ALL") || word_at(i, "DISTINCT")) && i > 0 &&
               is_any(text(i - 1), set_operators))
        break_next_ = true;
      if (word_at(i, "BETWEEN")) frames_.back().between = true;
      if (word_at(i, "AND")) frames_.back().between = false;
      return;
    }
    if (t.kind == token_kind::close) {
      if (frames_.size() > 1 && frames_.back().close == i) frames_.pop_back();
      return;
    }
    if (t.kind != token_kind::open) return;
    const std::size_t close = close_of_[i];
    const group kind = close == no_match || close == i + 1 ? group::inline_ : classify(i, close);
    frames_.push_back({kind, line_level_, line_level_ + 1, close, false});
  }

  group classify(std::size_t open, std::size_t close) const {
    if (word_at(open + 1, "SELECT") || word_at(open + 1, "WITH")) return group::statement;
    bool junction = false, subquery = false, between = false;
    for (std::size_t i = open + 1; i < close; ++i) {
      if (tokens_[i].kind == token_kind::open) {
        if (word_at(i + 1, "SELECT") || word_at(i + 1, "WITH")) subquery = true;
        const std::size_t inner = close_of_[i];
        if (inner == no_match) break;
        if (!subquery) subquery = has_subquery(i, inner);
        i = inner;
        continue;
      }
      if (tokens_[i].kind != token_kind::word || is_dot(i - 1)) continue;
      if (is_any(text(i), set_operators)) return group::statement;  // (SELECT ..) UNION (..)
      if (word_at(i, "BETWEEN")) between = true;
      if (word_at(i, "AND") && between) {
        between = false;
        continue;
      }
      if (word_at(i, "AND") || word_at(i, "OR")) junction = true;
    }
    if (!junction) return group::inline_;
    const std::size_t width = tokens_[close].end - tokens_[open].begin;
    return subquery || width > long_group ? group::boolean : group::inline_;
  }

  bool has_subquery(std::size_t open, std::size_t close) const {
    for (std::size_t i = open + 1; i < close; ++i)
      if (tokens_[i].kind == token_kind::open &&
          (word_at(i + 1, "SELECT") || word_at(i + 1, "WITH")))
        return true;
    return false;
  }

  std::string_view sql_;
  std::vector<token> tokens_;
  std::vector<std::size_t> close_of_;  // for each `(`, the index of its `)`
  std::vector<frame> frames_;
  std::string out_;
  std::size_t line_level_ = 0;  // its indentation
  bool break_next_ = false;     // a set operator was written: its next part starts a line
};

format::lexical_rules rules_of(dialect_id d) {
  const auto& t = render::traits_of(d);
  return {t.quote_open, t.quote_close, t.backslash_literals};
}

}  // namespace

std::string pretty_sql(std::string_view sql, dialect_id d) {
  return layout(sql, rules_of(d)).run();
}

compiled_query pretty(const compiled_query& c) {
  compiled_query out = c;
  for (auto& st : out.statements) st.sql = pretty_sql(st.sql, c.dialect);
  for (auto& p : out.prefetches) {
    // Laid out whole, then cut again where the key list goes.
    const std::string whole =
        pretty_sql(p.sql_head + render::key_list_marker + p.sql_tail, c.dialect);
    const auto at = whole.find(render::key_list_marker);
    p.sql_head = whole.substr(0, at);
    p.sql_tail = whole.substr(at + 1);
  }
  return out;
}

}  // namespace sqlweave
