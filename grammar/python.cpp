// SPDX-License-Identifier: MIT
// A hand-written precedence parser rather than X3 rules: every slot of a Python expression must
// fall back to "opaque, here" for whatever it does not model, which is a rewind in plain code,
// and the reader evaluates the tree itself, so there is no attribute grammar to gain.
#include "grammar/python.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "grammar/error_handler.hpp"
#include "grammar/lexical.hpp"

namespace sqlweave::grammar::python {
namespace {

[[noreturn]] void syntax_error(const parse_state& state, const char* at, std::string message) {
  throw error(diagnostic{error_code::syntax, std::move(message), state.span(at, at + 1), {}});
}

// Past the string starting at `p` (its escapes are checked by scan_literal when it is read).
const char* skip_string(const parse_state& state, const char* p, const char* last) {
  const char quote = *p;
  const bool triple = last - p >= 3 && p[1] == quote && p[2] == quote;
  const char* const open = p;
  p += triple ? 3 : 1;
  while (p != last) {
    if (*p == '\\') {
      p += last - p >= 2 ? 2 : 1;
    } else if (*p == quote && (!triple || (last - p >= 3 && p[1] == quote && p[2] == quote))) {
      return p + (triple ? 3 : 1);
    } else if (!triple && (*p == '\n' || *p == '\r')) {
      break;
    } else {
      ++p;
    }
  }
  syntax_error(
      state, open,
      triple ? "unterminated triple-quoted string literal" : "unterminated string literal");
}

// ---------------------------------------------------------------- lines and blocks

// Brackets are matched here, once for the whole text, and nest at most max_nesting_depth deep,
// which bounds the recursion of the expression parser below.
std::vector<line> logical_lines(const parse_state& state) {
  std::vector<line> out;
  const char* p = state.source.data();
  const char* const last = p + state.source.size();
  if (state.source.starts_with("\xEF\xBB\xBF")) p += 3;  // a UTF-8 byte order mark
  std::vector<const char*> open;
  while (p != last) {
    std::size_t indent = 0;
    for (; p != last && (*p == ' ' || *p == '\t' || *p == '\f'); ++p)
      indent = *p == ' ' ? indent + 1 : *p == '\t' ? (indent / 8 + 1) * 8 : 0;
    const char* const start = p;
    while (p != last) {
      const char c = *p;
      if (c == '#') {
        while (p != last && *p != '\n' && *p != '\r') ++p;
      } else if (c == '\'' || c == '"') {
        p = skip_string(state, p, last);
      } else if (c == '\\' && last - p >= 2 && (p[1] == '\n' || p[1] == '\r')) {
        p += p[1] == '\r' && last - p >= 3 && p[2] == '\n' ? 3 : 2;
      } else if ((c == '\n' || c == '\r') && open.empty()) {
        break;
      } else {
        if (c == '(' || c == '[' || c == '{') {
          if (open.size() == max_nesting_depth) throw_too_deep(state, p);
          open.push_back(p);
        } else if (c == ')' || c == ']' || c == '}') {
          if (open.empty()) syntax_error(state, p, fmt::format("unmatched '{}'", c));
          const char expected = *open.back() == '(' ? ')' : *open.back() == '[' ? ']' : '}';
          if (c != expected)
            syntax_error(state, p,
                         fmt::format("closing '{}' does not match opening '{}'", c, *open.back()));
          open.pop_back();
        }
        ++p;
      }
    }
    if (!open.empty())
      syntax_error(state, open.back(), fmt::format("'{}' was never closed", *open.back()));
    std::string_view text(start, static_cast<std::size_t>(p - start));
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    if (!text.empty() && text.front() != '#') out.push_back({text, indent});
    if (p != last) p += *p == '\r' && last - p >= 2 && p[1] == '\n' ? 2 : 1;
  }
  return out;
}

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         (static_cast<unsigned char>(c) & 0x80);
}

bool starts_with_word(std::string_view text, std::string_view word) {
  return text.starts_with(word) && (text.size() == word.size() || !is_word_char(text[word.size()]));
}

constexpr std::string_view compound_words[] = {"class",   "def",  "async", "if",
                                               "elif",    "else", "try",   "except",
                                               "finally", "with", "for",   "while"};

bool is_compound(std::string_view text) {
  for (auto w : compound_words)
    if (starts_with_word(text, w)) return true;
  return false;
}

// The ':' ending a compound statement's header, outside brackets and strings; null if none.
const char* header_colon(const parse_state& state, std::string_view text) {
  const char* p = text.data();
  const char* const last = p + text.size();
  int depth = 0;
  while (p != last) {
    const char c = *p;
    if (c == '#') {
      while (p != last && *p != '\n') ++p;
    } else if (c == '\'' || c == '"') {
      p = skip_string(state, p, last);
    } else {
      if (c == '(' || c == '[' || c == '{') ++depth;
      if (c == ')' || c == ']' || c == '}') --depth;
      if (c == ':' && depth == 0 && !(last - p >= 2 && p[1] == '=')) return p;
      ++p;
    }
  }
  return nullptr;
}

std::size_t build_blocks(const parse_state& state, const std::vector<line>& lines, std::size_t i,
                         std::vector<block>& out) {
  const std::size_t indent = lines[i].indent;
  while (i < lines.size() && lines[i].indent == indent) {
    block b{lines[i++], {}};
    if (is_compound(b.head.text)) {
      const char* colon = header_colon(state, b.head.text);
      const char* const end = b.head.text.data() + b.head.text.size();
      if (!colon) throw_expected(parse_state(b.head.text, state.origin), end, "':'");
      const char* rest = python_space_parser::skip(colon + 1, end);
      if (rest != end) {
        b.body.push_back(
            {{std::string_view(rest, static_cast<std::size_t>(end - rest)), b.head.indent + 1},
             {}});
      } else if (i < lines.size() && lines[i].indent > indent) {
        i = build_blocks(state, lines, i, b.body);
      } else {
        syntax_error(state, colon, "expected an indented block after ':'");
      }
      b.head.text = std::string_view(b.head.text.data(),
                                     static_cast<std::size_t>(colon - b.head.text.data()));
    }
    out.push_back(std::move(b));
  }
  if (i < lines.size() && lines[i].indent > indent)
    syntax_error(state, lines[i].text.data(), "unexpected indent");
  return i;
}

// ---------------------------------------------------------------- expressions

struct not_simple {};  // unwinds to the nearest slot, which becomes opaque

// A node's depth from its children's; past max_expression_depth the statement is refused.
void set_depth(expr& e) {
  std::uint32_t deepest = 0;
  for (const auto& item : e.items) deepest = std::max(deepest, item.depth);
  for (const auto& kw : e.keywords) deepest = std::max(deepest, kw.value.depth);
  e.depth = deepest + 1;
  if (e.depth > max_expression_depth)
    throw error(
        diagnostic{error_code::limit_exceeded,
                   fmt::format("expression nests deeper than {} levels", max_expression_depth),
                   e.span,
                   {}});
}

constexpr std::string_view expression_keywords[] = {
    "lambda", "not", "await", "yield", "if", "else", "for", "in", "is", "and", "or", "async"};

class parser {
 public:
  parser(const parse_state& state, const char* first, const char* last)
      : state_(state), p_(first), last_(last) {}

  bool at_end() {
    skip();
    return p_ == last_;
  }
  const char* position() {
    skip();
    return p_;
  }

  /// One value where a comma or one of `stop` may follow: opaque when it is not simple.
  expr slot(const char* stop) {
    skip();
    const char* const start = p_;
    try {
      expr e = test();
      if (at_stop(stop)) return e;
    } catch (const not_simple&) {
    }
    p_ = start;
    skip_balanced(stop);
    if (p_ == start) throw_expected(state_, start, "value");
    expr e;
    e.span = state_.span(start, trimmed(p_));
    return e;
  }

  /// `a`, `a, b`, `a,`: a tuple when there is a comma.
  expr sequence(const char* stop, bool brackets) {
    skip();
    const char* const start = p_;
    expr out;
    out.what = brackets ? expr::kind::list : expr::kind::tuple;
    bool comma = false;
    while (!at_stop(stop)) {
      out.items.push_back(starred_or_slot(stop));
      if (!eat(',')) break;
      comma = true;
    }
    out.span = state_.span(start, trimmed(p_));
    if (!brackets && !comma && out.items.size() == 1) return std::move(out.items.front());
    set_depth(out);
    return out;
  }

  bool eat(char c) {
    skip();
    if (p_ == last_ || *p_ != c) return false;
    ++p_;
    return true;
  }
  bool at_word(std::string_view w) {
    skip();
    return starts_with_word(std::string_view(p_, static_cast<std::size_t>(last_ - p_)), w);
  }
  bool eat_word(std::string_view w) {
    if (!at_word(w)) return false;
    p_ += w.size();
    return true;
  }
  /// An identifier, or empty.
  std::string_view word(source_span* span = nullptr) {
    skip();
    const char* end = scan_identifier(p_, last_);
    std::string_view w(p_, static_cast<std::size_t>(end - p_));
    if (span) *span = state_.span(p_, end);
    p_ = end;
    return w;
  }
  /// `a.b.c`, or empty.
  std::string_view dotted(source_span* span = nullptr) {
    skip();
    const char* const start = p_;
    const char* end = p_;
    while (true) {
      const char* e = scan_identifier(end, last_);
      if (e == end) break;
      end = e;
      const char* after = python_space_parser::skip(end, last_);
      if (after == last_ || *after != '.') break;
      const char* next = python_space_parser::skip(after + 1, last_);
      if (scan_identifier(next, last_) == next) break;
      end = next;
    }
    p_ = end;
    if (span) *span = state_.span(start, end);
    return {start, static_cast<std::size_t>(end - start)};
  }

  /// The arguments of a call after its '(', through the ')'.
  void arguments(expr& call) {
    while (!eat(')')) {
      skip();
      const char* const start = p_;
      if (p_ + 1 < last_ && p_[0] == '*' && p_[1] == '*') {
        p_ += 2;
        call.keywords.push_back({{}, state_.span(start, p_), slot(",)")});
      } else if (const char* after = scan_identifier(p_, last_);
                 after != p_ && is_keyword_assignment(after) && !is_keyword(start, after)) {
        const source_span name_span = state_.span(start, after);
        p_ = python_space_parser::skip(after, last_) + 1;
        call.keywords.push_back(
            {{start, static_cast<std::size_t>(after - start)}, name_span, slot(",)")});
      } else {
        call.items.push_back(starred_or_slot(",)"));
      }
      skip();
      if (eat(',')) continue;
      if (p_ == last_ || *p_ != ')') throw_expected(state_, p_, "',' or ')' after argument");
    }
  }

  /// Past the type parameters of a generic class or function (`class Box[T: int]`, PEP 695),
  /// which define no field and no column.
  void skip_type_parameters() {
    if (!eat('[')) return;
    while (!eat(']')) {
      const char* const before = position();
      skip_balanced("]");
      if (!eat(',') && position() == before) throw_expected(state_, before, "']'");
    }
  }

 private:
  void skip() { p_ = python_space_parser::skip(p_, last_); }

  // `end` without the white space before it (spans end at the last token).
  const char* trimmed(const char* end) const {
    const char* const first = state_.source.data();
    while (end > first && (end[-1] == ' ' || end[-1] == '\n' || end[-1] == '\t' || end[-1] == '\r'))
      --end;
    return end;
  }

  bool at_stop(const char* stop) {
    skip();
    return p_ == last_ || *p_ == ',' || std::strchr(stop, *p_) != nullptr;
  }

  bool is_keyword_assignment(const char* after) const {
    const char* q = python_space_parser::skip(after, last_);
    return q != last_ && *q == '=' && !(last_ - q >= 2 && q[1] == '=');
  }

  static bool is_keyword(const char* first, const char* last) {
    const std::string_view w(first, static_cast<std::size_t>(last - first));
    for (auto k : expression_keywords)
      if (w == k) return true;
    return false;
  }

  expr starred_or_slot(const char* stop) {
    skip();
    if (p_ != last_ && *p_ == '*' && !(last_ - p_ >= 2 && p_[1] == '*')) {
      const char* const start = p_++;
      expr e;
      e.what = expr::kind::starred;
      e.items.push_back(slot(stop));
      e.span = state_.span(start, trimmed(p_));
      set_depth(e);
      return e;
    }
    return slot(stop);
  }

  // Past a run of tokens up to a comma or `stop` outside brackets (or the enclosing close).
  void skip_balanced(const char* stop) {
    int depth = 0;
    while (true) {
      skip();
      if (p_ == last_) return;
      const char c = *p_;
      if (depth == 0 && (c == ',' || std::strchr(stop, c))) return;
      if (c == '(' || c == '[' || c == '{') ++depth;
      if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) return;
        --depth;
      }
      if (c == '\'' || c == '"') {
        syntax::literal ignored;
        p_ = scan_literal(state_, p_, last_, ignored);  // checks its escapes
        continue;
      }
      ++p_;
    }
  }

  static bool is_comparison(std::string_view op) {
    return op == "<" || op == "<=" || op == ">" || op == ">=" || op == "==" || op == "!=" ||
           op == "in" || op.starts_with("not") || op.starts_with("is");
  }

  // `a if c else b`, below it `or`, `and`, `not`, then the comparisons and arithmetic.
  expr test() {
    const char* const start = position();
    expr body = logical(0);
    if (!eat_word("if")) return body;
    expr e;
    e.what = expr::kind::conditional;
    e.items.push_back(std::move(body));
    e.items.push_back(logical(0));
    if (!eat_word("else")) throw not_simple{};
    e.items.push_back(test());
    e.span = state_.span(start, trimmed(p_));
    set_depth(e);
    return e;
  }

  // level 0: `or`, 1: `and`, 2: `not` and what binds tighter.
  expr logical(int level) {
    const char* const start = position();
    if (level == 2) {
      if (!eat_word("not")) return binary(0);
      if (++unary_depth_ > max_expression_depth) throw_too_deep(state_, start);
      expr e;
      e.what = expr::kind::unary;
      e.text = "not";
      e.items.push_back(logical(2));
      --unary_depth_;
      e.span = state_.span(start, trimmed(p_));
      set_depth(e);
      return e;
    }
    const std::string_view word = level == 0 ? "or" : "and";
    expr left = logical(level + 1);
    while (eat_word(word)) {
      expr e;
      e.what = expr::kind::boolean;
      e.text = word;
      e.items.push_back(std::move(left));
      e.items.push_back(logical(level + 1));
      e.span = state_.span(start, trimmed(p_));
      set_depth(e);
      left = std::move(e);
    }
    return left;
  }
  static int precedence(std::string_view op) {
    if (is_comparison(op)) return 1;
    if (op == "|") return 2;
    if (op == "^") return 3;
    if (op == "&") return 4;
    if (op == "<<" || op == ">>") return 5;
    if (op == "+" || op == "-") return 6;
    if (op == "*" || op == "/" || op == "//" || op == "%" || op == "@") return 7;
    return 0;
  }

  // The binary operator at the cursor (not an augmented assignment), or empty.
  std::string_view binary_operator() {
    skip();
    if (p_ == last_) return {};
    std::size_t n = 0;
    const std::string_view rest(p_, static_cast<std::size_t>(last_ - p_));
    for (std::string_view op : {"<=", ">=", "==", "!="})
      if (rest.starts_with(op)) return op;
    if (starts_with_word(rest, "in")) return rest.substr(0, 2);
    if (starts_with_word(rest, "is")) {  // `is not`, spaced as written
      const char* after = python_space_parser::skip(p_ + 2, last_);
      if (starts_with_word({after, static_cast<std::size_t>(last_ - after)}, "not"))
        return rest.substr(0, static_cast<std::size_t>(after + 3 - p_));
      return rest.substr(0, 2);
    }
    if (starts_with_word(rest, "not")) {  // `not in`, spaced as written
      const char* in = python_space_parser::skip(p_ + 3, last_);
      if (starts_with_word({in, static_cast<std::size_t>(last_ - in)}, "in"))
        return rest.substr(0, static_cast<std::size_t>(in + 2 - p_));
    }
    for (std::string_view op : {"**", "//", "<<", ">>"})
      if (rest.starts_with(op)) n = 2;
    if (n == 0 && std::strchr("|^&+-*/%@<>", *p_)) n = 1;
    if (n == 0 || (rest.size() > n && rest[n] == '=')) return {};
    return rest.substr(0, n);
  }

  expr binary(int min_precedence) {
    const char* const start = position();
    expr left = unary();
    while (true) {
      const std::string_view op = binary_operator();
      const int prec = precedence(op);
      if (prec == 0 || prec <= min_precedence) return left;
      // `a < b < c` chains in Python; sqlweave keeps only single comparisons.
      if (is_comparison(op) && left.is(expr::kind::binary) && is_comparison(left.text))
        throw not_simple{};
      p_ += op.size();
      expr e;
      e.what = expr::kind::binary;
      e.text = op;
      e.items.push_back(std::move(left));
      e.items.push_back(binary(prec));
      e.span = state_.span(start, trimmed(p_));
      set_depth(e);
      left = std::move(e);
    }
  }

  expr unary() {
    skip();
    if (p_ != last_ && (*p_ == '-' || *p_ == '+' || *p_ == '~')) {
      const char* const start = p_;
      if (++unary_depth_ > max_expression_depth) throw_too_deep(state_, start);
      expr e;
      e.what = expr::kind::unary;
      e.text = {p_++, 1};
      e.items.push_back(unary());
      --unary_depth_;
      e.span = state_.span(start, trimmed(p_));
      set_depth(e);
      return e;
    }
    return power();
  }

  expr power() {
    const char* const start = position();
    expr base = trailers(atom(), start);
    if (binary_operator() != "**") return base;
    p_ += 2;
    expr e;
    e.what = expr::kind::binary;
    e.text = "**";
    e.items.push_back(std::move(base));
    e.items.push_back(unary());
    e.span = state_.span(start, trimmed(p_));
    set_depth(e);
    return e;
  }

  expr trailers(expr e, const char* start) {
    while (true) {
      skip();
      if (p_ == last_) return e;
      if (*p_ == '.') {
        ++p_;
        source_span span;
        const std::string_view name = word(&span);
        if (name.empty()) throw not_simple{};
        expr a;
        a.what = expr::kind::attribute;
        a.text = name;
        a.items.push_back(std::move(e));
        a.span = state_.span(start, trimmed(p_));
        set_depth(a);
        e = std::move(a);
      } else if (*p_ == '(') {
        ++p_;
        expr c;
        c.what = expr::kind::call;
        c.items.push_back(std::move(e));
        arguments(c);
        c.span = state_.span(start, p_);
        set_depth(c);
        e = std::move(c);
      } else if (*p_ == '[') {
        ++p_;
        expr s;
        s.what = expr::kind::subscript;
        s.items.push_back(std::move(e));
        s.items.push_back(sequence("]", false));
        if (!eat(']')) throw not_simple{};  // a slice
        s.span = state_.span(start, p_);
        set_depth(s);
        e = std::move(s);
      } else {
        return e;
      }
    }
  }

  expr atom() {
    skip();
    if (p_ == last_) throw not_simple{};
    const char* const start = p_;
    syntax::literal lit;
    if (const char* end = scan_literal(state_, p_, last_, lit)) {
      p_ = end;
      expr e;
      e.what = expr::kind::literal;
      e.val = std::move(lit.val);
      e.span = lit.span;
      return e;
    }
    if (const char* end = scan_identifier(p_, last_); end != p_) {
      if (is_keyword(p_, end)) throw not_simple{};
      expr e;
      e.what = expr::kind::name;
      e.text = {p_, static_cast<std::size_t>(end - p_)};
      e.span = state_.span(p_, end);
      p_ = end;
      return e;
    }
    if (*p_ == '(' || *p_ == '[') {
      const bool brackets = *p_++ == '[';
      expr e = sequence(brackets ? "]" : ")", brackets);
      if (!eat(brackets ? ']' : ')')) throw not_simple{};
      if (e.is(expr::kind::tuple) || e.is(expr::kind::list) || e.is(expr::kind::opaque))
        e.span = state_.span(start, p_);
      return e;
    }
    throw not_simple{};
  }

  const parse_state& state_;
  const char* p_;
  const char* last_;
  std::uint32_t unary_depth_ = 0;
};

// Top-level single '=' signs of an assignment, outside brackets and strings.
std::vector<const char*> assignment_signs(const parse_state& state, std::string_view text) {
  std::vector<const char*> out;
  const char* p = text.data();
  const char* const last = p + text.size();
  int depth = 0;
  while (p != last) {
    const char c = *p;
    if (c == '#') {
      while (p != last && *p != '\n') ++p;
      continue;
    }
    if (c == '\'' || c == '"') {
      p = skip_string(state, p, last);
      continue;
    }
    if (c == '(' || c == '[' || c == '{') ++depth;
    if (c == ')' || c == ']' || c == '}') --depth;
    if (c == '=' && depth == 0) {
      if (last - p >= 2 && p[1] == '=') {  // ==
        p += 2;
        continue;
      }
      // <=, >=, != compare; `x += 1` is an assignment the caller tells apart.
      if (p == text.data() || std::strchr("!<>", p[-1]) == nullptr) out.push_back(p);
    }
    ++p;
  }
  return out;
}

}  // namespace

std::vector<block> blocks_of(const parse_state& file) {
  const std::vector<line> lines = logical_lines(file);
  std::vector<block> out;
  if (lines.empty()) return out;
  if (lines.front().indent != 0) syntax_error(file, lines.front().text.data(), "unexpected indent");
  const std::size_t end = build_blocks(file, lines, 0, out);
  if (end != lines.size()) syntax_error(file, lines[end].text.data(), "unindent does not match");
  return out;
}

std::string dotted_name(const expr& e) {
  if (e.is(expr::kind::name)) return std::string(e.text);
  if (!e.is(expr::kind::attribute)) return {};
  std::string base = dotted_name(e.items.front());
  if (base.empty()) return {};
  return base + "." + std::string(e.text);
}

std::vector<parameter> parameters_of(const parse_state& file, const line& l) {
  const parse_state state(l.text, file.origin);
  parser in(state, l.text.data(), l.text.data() + l.text.size());
  in.eat_word("async");
  std::vector<parameter> out;
  if (!in.eat_word("def") || in.word().empty()) return out;
  in.skip_type_parameters();
  if (!in.eat('(')) return out;
  while (!in.eat(')')) {
    parameter p;
    while (in.eat('*')) ++p.stars;
    if (p.stars == 0 && in.eat('/')) {  // positional-only marker
      if (!in.eat(',')) break;
      continue;
    }
    p.name = in.word();
    if (in.eat(':')) in.slot("=)");
    if (!p.name.empty() && in.eat('=')) {
      p.default_value = in.slot(")");
      p.has_default = true;
    }
    if (!p.name.empty()) out.push_back(std::move(p));
    if (!in.eat(',')) break;
  }
  return out;
}

statement parse_statement(const parse_state& file, const line& l) {
  const parse_state state(l.text, file.origin);
  const char* const first = l.text.data();
  const char* const last = first + l.text.size();
  parser in(state, first, last);
  statement st;
  st.span = state.span(first, last);
  const std::string_view text = l.text;

  if (in.eat_word("import")) {
    st.what = statement::kind::import_names;
    do {
      statement::imported name;
      name.name = in.dotted(&name.span);
      if (name.name.empty()) throw_expected(state, in.position(), "module name");
      if (in.eat_word("as")) name.as = in.word();
      st.names.push_back(name);
    } while (in.eat(','));
    return st;
  }
  if (in.eat_word("from")) {
    st.what = statement::kind::import_from;
    const char* const module_start = in.position();
    bool relative = false;
    while (in.eat('.')) relative = true;
    // `from . import x`: no module name follows the dots.
    if (!relative || !in.at_word("import")) in.dotted();
    st.module = {module_start, static_cast<std::size_t>(in.position() - module_start)};
    while (!st.module.empty() && st.module.back() == ' ') st.module.remove_suffix(1);
    if (!in.eat_word("import")) throw_expected(state, in.position(), "'import'");
    if (in.eat('*')) {
      st.star = true;
      return st;
    }
    const bool parenthesized = in.eat('(');
    do {
      if (parenthesized && in.eat(')')) return st;
      statement::imported name;
      name.name = in.word(&name.span);
      if (name.name.empty()) throw_expected(state, in.position(), "name to import");
      if (in.eat_word("as")) name.as = in.word();
      st.names.push_back(name);
    } while (in.eat(','));
    if (parenthesized && !in.eat(')')) throw_expected(state, in.position(), "')'");
    return st;
  }
  if (in.eat_word("class")) {
    st.what = statement::kind::class_def;
    st.word = in.word(&st.name_span);
    if (st.word.empty()) throw_expected(state, in.position(), "class name");
    in.skip_type_parameters();
    st.bases.what = expr::kind::call;
    st.bases.span = st.name_span;
    if (in.eat('(')) in.arguments(st.bases);
    if (!in.at_end()) throw_expected(state, in.position(), "':'");
    return st;
  }
  if (in.eat_word("async")) {
    if (!in.eat_word("def")) {
      st.what = statement::kind::compound;
      st.word = "async";
      return st;
    }
    st.what = statement::kind::function_def;
    st.word = in.word(&st.name_span);
    return st;
  }
  if (in.eat_word("def")) {
    st.what = statement::kind::function_def;
    st.word = in.word(&st.name_span);
    if (st.word.empty()) throw_expected(state, in.position(), "function name");
    return st;
  }
  for (auto w : compound_words) {
    if (!in.eat_word(w)) continue;
    st.what = statement::kind::compound;
    st.word = w;
    if ((w == "if" || w == "elif" || w == "while") && !in.at_end()) st.value = in.slot("");
    return st;
  }
  if (in.eat_word("return")) {
    st.what = statement::kind::return_value;
    if (!in.at_end()) st.value = in.sequence("", false);
    return st;
  }
  if (text.starts_with("@")) return st;

  const std::vector<const char*> signs = assignment_signs(state, text);
  if (signs.empty()) {
    // An expression statement (`kwargs.setdefault("max_length", 100)`): its value is read
    // where it matters; anything else on such a line (`raise X`, `del y`) is opaque.
    st.value = in.sequence("", false);
    return st;
  }
  const char* segment = first;
  for (std::size_t i = 0; i < signs.size(); ++i) {
    const char* sign = signs[i];
    const char* target_end = sign;
    if (i == 0 && sign != first && std::strchr("+-*/%&|^@", sign[-1])) {
      // `x += 1`, `x //= 2`, `x **= 2`
      target_end = sign - 1;
      if (target_end != first && (*target_end == '/' || *target_end == '*') &&
          target_end[-1] == *target_end)
        --target_end;
      st.op = {target_end, static_cast<std::size_t>(sign - target_end)};
    }
    std::string_view target_text(segment, static_cast<std::size_t>(target_end - segment));
    // `name: annotation = value`: the target is before the colon.
    if (i == 0) {
      if (const char* colon = header_colon(state, target_text))
        target_text = {segment, static_cast<std::size_t>(colon - segment)};
    }
    parser t(state, target_text.data(), target_text.data() + target_text.size());
    expr target = t.sequence("", false);
    if (!t.at_end()) return statement{};
    st.targets.push_back(std::move(target));
    segment = sign + 1;
    if (!st.op.empty()) break;
  }
  parser v(state, segment, last);
  st.what = statement::kind::assign;
  st.value = v.sequence("", false);
  if (!v.at_end()) throw_expected(state, v.position(), "end of the assignment");
  return st;
}

}  // namespace sqlweave::grammar::python
