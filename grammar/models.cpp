// SPDX-License-Identifier: MIT
// The models.py reader: DESIGN.md section 4. Python's blocks are indentation, so the text is
// first cut into logical lines (a statement with its continuation lines inside brackets, strings
// and after `\`), each with its indentation. X3 then parses the statements that matter, in place
// in the original text so spans stay true: `class Name(models.Model):`, `name = models.Type(...)`
// in its body, and `key = value` in its `class Meta:`. Everything else (imports, comments,
// docstrings, decorators, methods with their bodies, other classes) is skipped, and any Python
// expression an argument may hold (choices=[...], validators, lambdas, dicts) is read as a
// balanced run of tokens. Abstract models (Meta.abstract = True) are not tables; their fields
// go to the models that derive from them, as in Django.
#include <fmt/format.h>

#include <algorithm>
#include <boost/fusion/include/at_c.hpp>
#include <cctype>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/config.hpp"
#include "grammar/error_handler.hpp"
#include "grammar/lexical.hpp"
#include "sqlweave/parse.hpp"

namespace sqlweave::grammar {
namespace {

// ---------------------------------------------------------------- logical lines

// A statement: from the first character after its indentation to its end, perhaps many lines on.
struct logical_line {
  std::string_view text;
  std::size_t indent = 0;
};

[[noreturn]] void syntax_error(const parse_state& state, const char* at, std::string message) {
  throw error(diagnostic{error_code::syntax, std::move(message), state.span(at, at + 1), {}});
}

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

// Brackets are matched here, once for the whole text, and nest at most max_nesting_depth deep,
// which bounds the recursion of the value grammar below.
std::vector<logical_line> logical_lines(const parse_state& state) {
  std::vector<logical_line> out;
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

// ---------------------------------------------------------------- Python values

// A Python expression as far as a field declaration needs it; the rest is `other`.
struct py_keyword;
struct py_value {
  enum class kind : std::uint8_t { literal, name, call, sequence, other };
  kind what = kind::other;
  sqlweave::value val;               // literal
  syntax::identifier name;           // name, and a call's callee: `models.CharField` as written
  std::vector<py_value> items;       // sequence items, a call's positional arguments
  std::vector<py_keyword> keywords;  // a call's keyword arguments
  bool trailing_comma = false;       // (x,) is a tuple, (x) is x
  source_span span;
};

/// `name=value` in a call, or a positional `value` (empty name).
struct py_keyword {
  syntax::identifier name;
  py_value value;
};

struct class_header {
  syntax::identifier name;
  std::vector<py_keyword> bases;
};

struct assignment {
  syntax::identifier target;
  py_value value;
};

namespace parser {

using boost::fusion::at_c;
using x3::_attr;
using x3::_val;
using x3::lit;

struct value_class;
struct argument_class;
struct dotted_class;
struct group_class;
struct class_header_class : error_handler {};
struct assignment_class : error_handler {};

x3::rule<value_class, py_value> const value = "value";
x3::rule<argument_class, py_keyword> const argument = "argument";
x3::rule<dotted_class, syntax::identifier> const dotted = "name";
x3::rule<group_class> const group = "bracketed expression";
x3::rule<class_header_class, class_header> const class_header = "class";
x3::rule<assignment_class, assignment> const assignment = "assignment";

auto const set_literal = [](auto& ctx) {
  _val(ctx).what = py_value::kind::literal;
  _val(ctx).val = std::move(_attr(ctx).val);
};
// -1 and -2.5 are numbers; anything else with a prefix operator is an expression sqlweave skips.
auto const set_signed = [](auto& ctx) {
  const syntax::token& op = at_c<0>(_attr(ctx));
  sqlweave::value v = std::move(at_c<1>(_attr(ctx)).val);
  const bool number = v.kind() == value_kind::integer || v.kind() == value_kind::real;
  if (!number || op.symbol == '~') return;
  _val(ctx).what = py_value::kind::literal;
  _val(ctx).val = op.symbol == '+'                  ? std::move(v)
                  : v.kind() == value_kind::integer ? sqlweave::value(-v.as_int())
                                                    : sqlweave::value(-v.as_real());
};
auto const set_name = [](auto& ctx) {
  _val(ctx).what = py_value::kind::name;
  _val(ctx).name = _attr(ctx);
};
auto const start_call = [](auto& ctx) {
  _val(ctx).what = py_value::kind::call;
  _val(ctx).name = _attr(ctx);
};
auto const push_argument = [](auto& ctx) {
  if (_attr(ctx).name.text.empty())
    _val(ctx).items.push_back(std::move(_attr(ctx).value));
  else
    _val(ctx).keywords.push_back(std::move(_attr(ctx)));
};
auto const start_sequence = [](auto& ctx) { _val(ctx).what = py_value::kind::sequence; };
auto const push_item = [](auto& ctx) { _val(ctx).items.push_back(std::move(_attr(ctx))); };
auto const mark_trailing_comma = [](auto& ctx) { _val(ctx).trailing_comma = true; };
auto const close_parenthesis = [](auto& ctx) {
  py_value& v = _val(ctx);
  if (v.items.size() == 1 && !v.trailing_comma) v = py_value(std::move(v.items.front()));
};
auto const reset_to_other = [](auto& ctx) { _val(ctx) = py_value{}; };
auto const set_span = [](auto& ctx) {
  _val(ctx).span = x3::get<state_tag>(ctx).span(_attr(ctx).begin(), _attr(ctx).end());
};
auto const set_dotted = [](auto& ctx) {
  const char* first = _attr(ctx).begin();
  const char* last = _attr(ctx).end();
  _val(ctx) = {std::string_view(first, static_cast<std::size_t>(last - first)),
               x3::get<state_tag>(ctx).span(first, last)};
};
auto const keyword_argument = [](auto& ctx) {
  _val(ctx).name = at_c<0>(_attr(ctx));
  _val(ctx).value = std::move(at_c<1>(_attr(ctx)));
};
auto const positional_argument = [](auto& ctx) { _val(ctx).value = std::move(_attr(ctx)); };
auto const set_class_name = [](auto& ctx) { _val(ctx).name = _attr(ctx); };
auto const push_base = [](auto& ctx) { _val(ctx).bases.push_back(std::move(_attr(ctx))); };
auto const set_assignment = [](auto& ctx) {
  _val(ctx).target = at_c<0>(_attr(ctx));
  _val(ctx).value = std::move(at_c<1>(_attr(ctx)));
};

auto const dotted_def = x3::raw[identifier % '.'][set_dotted];

auto const call_value = (dotted >> &lit('('))[start_call] >> '(' >>
                        -(argument[push_argument] % ',') >> -lit(',') > lit(')');
auto const list_value = lit('[')[start_sequence] >> -(value[push_item] % ',') >> -lit(',') >
                        lit(']');
auto const tuple_value = (lit('(')[start_sequence] >> -(value[push_item] % ',') >>
                          -lit(',')[mark_trailing_comma] > lit(')'))[close_parenthesis];
auto const simple = (prefix_operator >> literal)[set_signed] | literal[set_literal] | call_value |
                    dotted[set_name] | list_value | tuple_value;

// Whatever else an expression may be, as balanced tokens: `lambda: 0`, `{"a": 1}`, `x if y else z`.
auto const token_char = x3::char_ - x3::char_("()[]{}'\"");
auto const group_def = (lit('(') >> *(group | literal | token_char) >> lit(')')) |
                       (lit('[') >> *(group | literal | token_char) >> lit(']')) |
                       (lit('{') >> *(group | literal | token_char) >> lit('}'));
auto const other = +(group | literal | (token_char - lit(',')));

auto const value_end = &(lit(',') | lit(')') | lit(']') | lit('}') | x3::eoi);
auto const value_def =
    x3::raw[(simple >> value_end) | (x3::eps[reset_to_other] >> other)][set_span];

auto const argument_def =
    (identifier >> '=' >> !lit('=') > value)[keyword_argument] | value[positional_argument];

auto const class_keyword = x3::lexeme[lit("class") >> !x3::char_("a-zA-Z0-9_")];
auto const class_header_def = class_keyword > named("class name")[identifier[set_class_name]] >
                              -(lit('(') > -(argument[push_base] % ',') > -lit(',') > lit(')')) >
                              lit(':') > x3::omit[*x3::char_];

auto const assignment_def = (identifier >> '=' >> !lit('=') >> value >> x3::eoi)[set_assignment];

BOOST_SPIRIT_DEFINE(value, argument, dotted, group, class_header, assignment)

}  // namespace parser

template <class Rule, class Attribute>
bool parse_line(const logical_line& line, const char* origin, const Rule& rule, Attribute& out) {
  parse_state state(line.text, origin);
  const char* first = line.text.data();
  const char* const last = first + line.text.size();
  return x3::phrase_parse(first, last, x3::with<state_tag>(state)[rule], python_space, out);
}

bool starts_with_word(std::string_view text, std::string_view word) {
  return text.starts_with(word) && (text.size() == word.size() ||
                                    !(std::isalnum(static_cast<unsigned char>(text[word.size()])) ||
                                      text[word.size()] == '_'));
}

// ---------------------------------------------------------------- models and fields

class reader {
 public:
  reader(std::string_view text, const models_options& options, schema& out)
      : text_(text), options_(options), out_(out) {}

  void run() {
    const auto lines = logical_lines(parse_state(text_));
    for (std::size_t i = 0; i < lines.size();) {
      const logical_line& line = lines[i++];
      class_header header;
      if (line.indent != 0 || !starts_with_word(line.text, "class") ||
          !parse_line(line, text_.data(), parser::class_header, header))
        continue;
      std::size_t end = i;
      while (end < lines.size() && lines[end].indent > 0) ++end;
      if (const auto inherited = model_base(header))
        read_model(header, *inherited, {lines.data() + i, lines.data() + end});
      i = end;
    }
  }

 private:
  struct declared_model {
    std::string name;
    std::string app;
    std::string db_table;
    std::vector<std::string> ordering;
    std::vector<std::vector<std::string>> unique_together;
    std::vector<field> fields;
    bool abstract = false;
  };

  // The fields a model starts with: none for models.Model, an abstract parent's for a subclass
  // of one. nullopt for a class that is not a model.
  std::optional<const declared_model*> model_base(const class_header& header) const {
    std::optional<const declared_model*> base;
    for (const auto& b : header.bases) {
      if (!b.name.text.empty() || b.value.what != py_value::kind::name) continue;
      const std::string_view name = b.value.name.text;
      if (name == "models.Model" || name == "Model") {
        if (!base) base = nullptr;
        continue;
      }
      const auto parent = std::find_if(abstract_.begin(), abstract_.end(),
                                       [&](const auto& m) { return m.name == name; });
      if (parent != abstract_.end()) base = &*parent;
    }
    return base;
  }

  void read_model(const class_header& header, const declared_model* parent,
                  std::span<const logical_line> body) {
    declared_model m;
    m.name = std::string(header.name.text);
    m.app = options_.app;
    if (parent) {
      m.fields = parent->fields;
      m.ordering = parent->ordering;
      m.unique_together = parent->unique_together;
    }
    const std::size_t body_indent = body.empty() ? 0 : body.front().indent;
    bool in_meta = false;         // inside `class Meta:`
    std::size_t meta_indent = 0;  // of Meta's body, 0 until its first line
    for (const logical_line& line : body) {
      if (line.indent > body_indent) {
        if (in_meta && (meta_indent == 0 || meta_indent == line.indent)) {
          meta_indent = line.indent;
          read_meta(line, m);
        }
        continue;  // the body of a method, a nested class, an if
      }
      in_meta = false;
      if (starts_with_word(line.text, "class")) {
        class_header nested;
        in_meta = parse_line(line, text_.data(), parser::class_header, nested) &&
                  nested.name.text == "Meta";
        meta_indent = 0;
        continue;
      }
      assignment a;
      if (!parse_line(line, text_.data(), parser::assignment, a) ||
          a.value.what != py_value::kind::call)
        continue;
      const std::string_view type = last_part(a.value.name.text);
      if (!field_type_from_name(type) && !type.ends_with("Field"))
        continue;  // a manager, a constant
      field f = read_field(a.target, a.value);
      const auto same = std::find_if(m.fields.begin(), m.fields.end(),
                                     [&](const field& g) { return g.name == f.name; });
      if (same != m.fields.end()) {
        // The later declaration wins, as in Python (and a subclass overrides its parent).
        *same = std::move(f);
        continue;
      }
      m.fields.push_back(std::move(f));
    }
    if (m.abstract) {
      abstract_.push_back(std::move(m));
      return;
    }
    model& added = out_.add_model(m.name, m.app).get();
    added.db_table = std::move(m.db_table);
    added.ordering = std::move(m.ordering);
    added.unique_together = std::move(m.unique_together);
    added.fields = std::move(m.fields);
  }

  void read_meta(const logical_line& line, declared_model& m) const {
    assignment a;
    if (!parse_line(line, text_.data(), parser::assignment, a)) return;
    const std::string_view key = a.target.text;
    const py_value& v = a.value;
    if (key == "db_table")
      m.db_table = text_of(v, "Meta.db_table");
    else if (key == "app_label")
      m.app = text_of(v, "Meta.app_label");
    else if (key == "abstract")
      m.abstract = flag_of(v, "Meta.abstract");
    else if (key == "ordering")
      m.ordering = names_of(v, "Meta.ordering");
    else if (key == "unique_together") {
      m.unique_together.clear();
      const bool nested = v.what == py_value::kind::sequence && !v.items.empty() &&
                          v.items.front().what == py_value::kind::sequence;
      if (!nested) {
        m.unique_together.push_back(names_of(v, "Meta.unique_together"));
        return;
      }
      for (const auto& group : v.items)
        m.unique_together.push_back(names_of(group, "Meta.unique_together"));
    }
  }

  field read_field(const syntax::identifier& name, const py_value& call) const {
    const std::string_view type_name = last_part(call.name.text);
    const auto type = field_type_from_name(type_name);
    if (!type) {
      const auto offset = call.name.span.offset + (call.name.text.size() - type_name.size());
      fail_at({static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(type_name.size())},
              fmt::format("unknown field type '{}'", type_name));
    }
    field f;
    f.name = std::string(name.text);
    f.type = *type;
    // ForeignKey(to, on_delete), OneToOneField(to, on_delete), ManyToManyField(to); a plain
    // field's first positional argument is its verbose name, which the database never sees.
    if (f.is_relation() && !call.items.empty()) f.target = target_of(call.items[0], type_name);
    if (f.is_forward_single() && call.items.size() > 1) f.on_delete = on_delete_of(call.items[1]);
    for (const auto& [key_token, v] : call.keywords) {
      const std::string_view key = key_token.text;
      if (key == "null")
        f.null = flag_of(v, "null=");
      else if (key == "primary_key")
        f.primary_key = flag_of(v, "primary_key=");
      else if (key == "unique")
        f.unique = flag_of(v, "unique=");
      else if (key == "db_index")
        f.db_index = flag_of(v, "db_index=");
      else if (key == "db_column")
        f.db_column = text_of(v, "db_column=");
      else if (key == "max_length")
        f.max_length = int_of(v, "max_length=");
      else if (key == "max_digits")
        f.max_digits = int_of(v, "max_digits=");
      else if (key == "decimal_places")
        f.decimal_places = int_of(v, "decimal_places=");
      else if (key == "default" && v.what == py_value::kind::literal)
        f.default_value = v.val;  // not callables
      else if (f.is_relation() && key == "to")
        f.target = target_of(v, type_name);
      else if (f.is_relation() && key == "related_name")
        f.related_name = text_of(v, "related_name=");
      else if (f.is_relation() && key == "on_delete")
        f.on_delete = on_delete_of(v);
      else if (f.type == field_type::many_to_many && key == "through")
        f.through = target_of(v, type_name);
      else if (f.type == field_type::many_to_many && key == "db_table")
        f.m2m_table = text_of(v, "db_table=");
    }
    if (f.is_relation() && f.target.empty())
      fail_at(call.name.span,
              fmt::format("{} '{}' names no model: pass it first or as to=", type_name, f.name));
    return f;
  }

  // ---- values

  static std::string_view last_part(std::string_view dotted_name) {
    const auto dot = dotted_name.rfind('.');
    if (dot != std::string_view::npos) dotted_name.remove_prefix(dot + 1);
    while (!dotted_name.empty() && (dotted_name.front() == ' ' || dotted_name.front() == '\t'))
      dotted_name.remove_prefix(1);
    return dotted_name;
  }

  static bool is_text(const py_value& v) {
    return v.what == py_value::kind::literal && v.val.kind() == value_kind::text;
  }

  std::string text_of(const py_value& v, std::string_view what) const {
    if (!is_text(v)) fail_at(v.span, fmt::format("{} takes a string", what));
    return v.val.as_text();
  }

  bool flag_of(const py_value& v, std::string_view what) const {
    if (v.what != py_value::kind::literal || v.val.kind() != value_kind::boolean)
      fail_at(v.span, fmt::format("{} takes True or False", what));
    return v.val.as_bool();
  }

  int int_of(const py_value& v, std::string_view what) const {
    if (v.what != py_value::kind::literal || v.val.kind() != value_kind::integer ||
        v.val.as_int() < 0 || v.val.as_int() > 1'000'000'000)
      fail_at(v.span, fmt::format("{} takes a whole number", what));
    return static_cast<int>(v.val.as_int());
  }

  std::vector<std::string> names_of(const py_value& v, std::string_view what) const {
    if (v.what != py_value::kind::sequence)
      fail_at(v.span, fmt::format("{} takes a list or tuple of field names", what));
    std::vector<std::string> out;
    for (const auto& item : v.items) out.push_back(text_of(item, what));
    return out;
  }

  // Customer, "Customer", "self", "shop.Customer": kept as written; schema::finalize resolves it.
  std::string target_of(const py_value& v, std::string_view type_name) const {
    if (is_text(v)) return v.val.as_text();
    if (v.what == py_value::kind::name) return std::string(v.name.text);
    fail_at(v.span, fmt::format("{} takes a model class or its name as a string", type_name));
  }

  on_delete on_delete_of(const py_value& v) const {
    static constexpr std::pair<std::string_view, sqlweave::on_delete> rules[] = {
        {"CASCADE", on_delete::cascade},         {"PROTECT", on_delete::protect},
        {"RESTRICT", on_delete::restrict},       {"SET_NULL", on_delete::set_null},
        {"SET_DEFAULT", on_delete::set_default}, {"DO_NOTHING", on_delete::do_nothing}};
    if (v.what == py_value::kind::name)
      for (const auto& [name, rule] : rules)
        if (last_part(v.name.text) == name) return rule;
    fail_at(
        v.span,
        "on_delete= takes models.CASCADE, PROTECT, RESTRICT, SET_NULL, SET_DEFAULT or DO_NOTHING");
  }

  // error(bad_schema) with the line in the message, for callers that only print what().
  [[noreturn]] void fail_at(source_span span, std::string message) const {
    const auto line = 1 + std::count(text_.begin(), text_.begin() + span.offset, '\n');
    throw error(
        diagnostic{error_code::bad_schema, fmt::format("{} (line {})", message, line), span, {}});
  }

  std::string_view text_;
  const models_options& options_;
  schema& out_;
  std::vector<declared_model> abstract_;
};

}  // namespace
}  // namespace sqlweave::grammar

namespace sqlweave {

void parse_models(std::string_view text, const models_options& options, schema& out) {
  grammar::reader(text, options, out).run();
}

}  // namespace sqlweave
