// SPDX-License-Identifier: MIT
// The models.py reader. Python's block structure is indentation, so the text is first cut into
// logical lines (joined inside brackets, strings and after `\`), each with its indentation;
// Boost.Spirit X3 then parses the lines that matter: `class X(models.Model):`, `class Meta:`,
// `name = models.Type(args)` and Meta's `key = value`. Everything else — imports, comments,
// docstrings, decorators, methods, managers — is skipped.
#include <fmt/format.h>

#include <boost/spirit/home/x3.hpp>
#include <optional>

#include "grammar/tokens.hpp"
#include "sqlweave/parse.hpp"

namespace sqlweave::grammar {
namespace {

using x3::_attr;
using x3::_val;
using x3::lit;

// ---------------------------------------------------------------- logical lines

struct logical_line {
  std::string_view text;  // without the indentation
  std::size_t indent = 0;
  std::size_t offset = 0;  // of `text` in the source
  std::size_t number = 1;  // 1-based line of its start
};

std::vector<logical_line> logical_lines(std::string_view src) {
  std::vector<logical_line> out;
  std::size_t i = 0, line = 1;
  while (i < src.size()) {
    const std::size_t start_line = line;
    std::size_t indent = 0;
    while (i < src.size() && (src[i] == ' ' || src[i] == '\t')) {
      indent += src[i] == '\t' ? 8 - indent % 8 : 1;
      ++i;
    }
    const std::size_t text_start = i;
    int depth = 0;
    while (i < src.size()) {
      const char c = src[i];
      if (c == '#') {
        while (i < src.size() && src[i] != '\n') ++i;
        continue;
      }
      if (c == '\'' || c == '"') {
        const bool triple = i + 2 < src.size() && src[i + 1] == c && src[i + 2] == c;
        i += triple ? 3 : 1;
        while (i < src.size()) {
          if (src[i] == '\\') {
            i += 2;
            continue;
          }
          if (src[i] == '\n') {
            if (!triple) break;
            ++line;
          }
          if (src[i] == c &&
              (!triple || (i + 2 < src.size() && src[i + 1] == c && src[i + 2] == c))) {
            i += triple ? 3 : 1;
            break;
          }
          ++i;
        }
        continue;
      }
      if (c == '(' || c == '[' || c == '{') ++depth;
      if (c == ')' || c == ']' || c == '}') --depth;
      if (c == '\\' && i + 1 < src.size() && src[i + 1] == '\n') {
        i += 2;
        ++line;
        continue;
      }
      if (c == '\n') {
        ++line;
        if (depth <= 0) break;
      }
      ++i;
    }
    std::string_view text = src.substr(text_start, i - text_start);
    if (const auto hash = text.find('#');
        hash != std::string_view::npos && text.find_first_of("'\"") > hash)
      text = text.substr(0, hash);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
      text.remove_suffix(1);
    if (!text.empty()) out.push_back({text, indent, text_start, start_line});
    if (i < src.size()) ++i;  // the newline
  }
  return out;
}

// ---------------------------------------------------------------- Python values

struct keyword_value_pair;

// A Python value as far as a field definition needs it.
struct py_value {
  enum class kind {
    none,
    boolean,
    integer,
    real,
    text,
    name,
    call,
    sequence,
    other
  } what = kind::other;
  std::string text;  // text, name (dotted), call (dotted callee)
  double number = 0;
  std::int64_t integer = 0;
  bool flag = false;
  std::vector<py_value> items;               // sequence items, call positional args
  std::vector<keyword_value_pair> keywords;  // call keyword args
};

struct keyword_value_pair {
  std::string first;  // the keyword
  py_value second;
};

class py_value_class;
class dotted_class;
class assignment_class;
class class_header_class;
x3::rule<py_value_class, py_value> const value_rule = "value";
x3::rule<dotted_class, std::string> const dotted = "name";

class ident_class;
x3::rule<ident_class, std::string> const ident = "identifier";
auto const ident_def = x3::lexeme[x3::char_("a-zA-Z_") >> *x3::char_("a-zA-Z0-9_")];
auto const dotted_def = x3::lexeme[ident >> *(x3::char_('.') >> ident)];
auto const keyword = [](char const* word) { return x3::lexeme[lit(word) >> !(x3::alnum | '_')]; };

auto const as_kind = [](py_value::kind k) {
  return [k](auto& ctx) {
    py_value v;
    v.what = k;
    _val(ctx) = v;
  };
};
auto const with_text = [](py_value::kind k) {
  return [k](auto& ctx) {
    py_value v;
    v.what = k;
    v.text = _attr(ctx);
    _val(ctx) = v;
  };
};
auto const real_value = [](auto& ctx) {
  py_value v;
  v.what = py_value::kind::real;
  v.number = _attr(ctx);
  _val(ctx) = v;
};
auto const integer_value = [](auto& ctx) {
  py_value v;
  v.what = py_value::kind::integer;
  v.integer = _attr(ctx);
  _val(ctx) = v;
};
auto const boolean = [](bool b) {
  return [b](auto& ctx) {
    py_value v;
    v.what = py_value::kind::boolean;
    v.flag = b;
    _val(ctx) = v;
  };
};
auto const sequence_value = [](auto& ctx) {
  py_value v;
  v.what = py_value::kind::sequence;
  if (_attr(ctx)) v.items = *_attr(ctx);
  _val(ctx) = v;
};
auto const call_value = [](auto& ctx) {
  auto& parts = _attr(ctx);
  py_value v;
  v.what = py_value::kind::call;
  v.text = boost::fusion::at_c<0>(parts);
  if (const auto& args = boost::fusion::at_c<1>(parts))
    for (const auto& a : *args) {
      if (a.keywords.size() == 1 && a.what == py_value::kind::other && a.text == "=")
        v.keywords.push_back(a.keywords.front());
      else
        v.items.push_back(a);
    }
  _val(ctx) = v;
};
// keyword=value inside a call, carried as a one-keyword `other` value marked "=".
auto const keyword_value = [](auto& ctx) {
  py_value v;
  v.what = py_value::kind::other;
  v.text = "=";
  v.keywords.push_back({boost::fusion::at_c<0>(_attr(ctx)), boost::fusion::at_c<1>(_attr(ctx))});
  _val(ctx) = v;
};

x3::rule<class argument_class, py_value> const argument = "argument";
x3::rule<class dict_class, py_value> const dict = "dict";
auto const argument_def = (ident >> '=' >> !lit('=') >> value_rule)[keyword_value] |
                          value_rule[([](auto& ctx) { _val(ctx) = _attr(ctx); })];
auto const items = -(value_rule % ',') >> -lit(',');
// Values sqlweave does not need (lambdas, dicts, operators) are skipped as balanced text.
auto const dict_def = ('{' >> *(x3::char_ - '}') >> '}')[as_kind(py_value::kind::other)];

x3::real_parser<double, x3::strict_real_policies<double>> const strict_double;
auto const value_rule_def =
    keyword("None")[as_kind(py_value::kind::none)] | keyword("True")[boolean(true)] |
    keyword("False")[boolean(false)] | x3::lexeme[strict_double >> !(x3::alnum | '_')][real_value] |
    x3::lexeme[x3::int_parser<std::int64_t>() >> !(x3::alnum | '_')][integer_value] |
    x3::lexeme['-' >> x3::int_parser<std::int64_t>()][([](auto& ctx) {
      py_value v;
      v.what = py_value::kind::integer;
      v.integer = -_attr(ctx);
      _val(ctx) = v;
    })] |
    string_literal[with_text(py_value::kind::text)] |
    (dotted >> '(' >> -(argument % ',') >> -lit(',') >> ')')[call_value] |
    dotted[with_text(py_value::kind::name)] | ('[' >> items >> ']')[sequence_value] |
    ('(' >> items >> ')')[sequence_value] | dict |
    (keyword("lambda") >> *(x3::char_ - x3::char_(",)")))[as_kind(py_value::kind::other)];

BOOST_SPIRIT_DEFINE(ident, value_rule, dotted, argument, dict)

// `name = value`
struct assignment {
  std::string target;
  py_value value;
};
x3::rule<assignment_class, assignment> const assignment_rule = "assignment";
auto const assignment_rule_def = (ident >> '=' >> !lit('=') >> value_rule)[([](auto& ctx) {
  _val(ctx) = assignment{boost::fusion::at_c<0>(_attr(ctx)), boost::fusion::at_c<1>(_attr(ctx))};
})];

// `class Name(base, ...):`
struct class_header {
  std::string name;
  std::vector<std::string> bases;
};
x3::rule<class_header_class, class_header> const class_header_rule = "class header";
auto const class_header_rule_def =
    (keyword("class") >> ident >> -('(' >> -(dotted % ',') >> -lit(',') >> ')') >>
     ':')[([](auto& ctx) {
      class_header h;
      h.name = boost::fusion::at_c<0>(_attr(ctx));
      if (const auto& bases = boost::fusion::at_c<1>(_attr(ctx))) h.bases = *bases;
      _val(ctx) = h;
    })];

BOOST_SPIRIT_DEFINE(assignment_rule, class_header_rule)

template <class Parser, class Attribute>
bool parse_line(const logical_line& line, iterator base, const Parser& p, Attribute& out) {
  iterator it = line.text.data();
  const iterator end = it + line.text.size();
  const bool ok = x3::phrase_parse(it, end, x3::with<source_tag>(base)[p], x3::space, out);
  return ok && it == end;
}

// ---------------------------------------------------------------- fields

[[noreturn]] void schema_error(const logical_line& line, std::string message) {
  throw error(diagnostic{
      error_code::bad_schema,
      fmt::format("{} (line {})", message, line.number),
      {static_cast<std::uint32_t>(line.offset), static_cast<std::uint32_t>(line.text.size())},
      {}});
}

std::string last_part(const std::string& dotted_name) {
  const auto dot = dotted_name.rfind('.');
  return dot == std::string::npos ? dotted_name : dotted_name.substr(dot + 1);
}

std::optional<value> literal_value(const py_value& v) {
  switch (v.what) {
    case py_value::kind::none: return value();
    case py_value::kind::boolean: return value(v.flag);
    case py_value::kind::integer: return value(v.integer);
    case py_value::kind::real: return value(v.number);
    case py_value::kind::text: return value(v.text);
    default: return std::nullopt;  // a callable default: the database gets no default
  }
}

std::optional<on_delete> on_delete_of(const std::string& name) {
  const auto n = last_part(name);
  if (n == "CASCADE") return on_delete::cascade;
  if (n == "PROTECT") return on_delete::protect;
  if (n == "RESTRICT") return on_delete::restrict;
  if (n == "SET_NULL") return on_delete::set_null;
  if (n == "SET_DEFAULT") return on_delete::set_default;
  if (n == "DO_NOTHING") return on_delete::do_nothing;
  return std::nullopt;
}

// The target of a relation as written: Customer, "Customer", "self", "app.Customer".
std::string relation_target(const py_value& v, const logical_line& line) {
  if (v.what == py_value::kind::text || v.what == py_value::kind::name) return v.text;
  schema_error(line, "a relation's target must be a model name or a string");
}

field field_of(const std::string& name, const py_value& call, const logical_line& line) {
  const auto type_name = last_part(call.text);
  const auto type = field_type_from_name(type_name);
  if (!type) schema_error(line, fmt::format("unknown field type '{}'", type_name));
  field f;
  f.name = name;
  f.type = *type;
  std::size_t positional = 0;
  if (f.is_relation()) {
    if (!call.items.empty()) f.target = relation_target(call.items[positional++], line);
  } else if (!call.items.empty() && call.items[0].what == py_value::kind::text) {
    ++positional;  // verbose_name
  }
  auto as_int = [&](const py_value& v, std::string_view key) {
    if (v.what != py_value::kind::integer)
      schema_error(line, fmt::format("{}= takes an integer", key));
    return static_cast<int>(v.integer);
  };
  auto as_bool = [&](const py_value& v, std::string_view key) {
    if (v.what != py_value::kind::boolean)
      schema_error(line, fmt::format("{}= takes True or False", key));
    return v.flag;
  };
  auto as_text = [&](const py_value& v, std::string_view key) {
    if (v.what != py_value::kind::text && v.what != py_value::kind::name)
      schema_error(line, fmt::format("{}= takes a string", key));
    return v.text;
  };
  for (const auto& [key, v] : call.keywords) {
    if (key == "null")
      f.null = as_bool(v, key);
    else if (key == "primary_key")
      f.primary_key = as_bool(v, key);
    else if (key == "unique")
      f.unique = as_bool(v, key);
    else if (key == "db_index")
      f.db_index = as_bool(v, key);
    else if (key == "db_column")
      f.db_column = as_text(v, key);
    else if (key == "max_length")
      f.max_length = as_int(v, key);
    else if (key == "max_digits")
      f.max_digits = as_int(v, key);
    else if (key == "decimal_places")
      f.decimal_places = as_int(v, key);
    else if (key == "default")
      f.default_value = literal_value(v);
    else if (key == "to" && f.is_relation())
      f.target = relation_target(v, line);
    else if (key == "related_name" && f.is_relation())
      f.related_name = as_text(v, key);
    else if (key == "through" && f.type == field_type::many_to_many)
      f.through = as_text(v, key);
    else if (key == "db_table" && f.type == field_type::many_to_many)
      f.m2m_table = as_text(v, key);
    else if (key == "on_delete") {
      const auto rule = v.what == py_value::kind::name ? on_delete_of(v.text) : std::nullopt;
      if (!rule)
        schema_error(line,
                     "on_delete= takes models.CASCADE, PROTECT, RESTRICT, SET_NULL, SET_DEFAULT or "
                     "DO_NOTHING");
      f.on_delete = *rule;
    }
  }
  if (f.is_relation() && f.target.empty())
    schema_error(line, fmt::format("{} '{}' names no target model", type_name, name));
  if (f.default_value && f.default_value->is_null()) f.default_value.reset();
  return f;
}

// Meta's ordering and unique_together: strings, or sequences of strings.
std::vector<std::string> strings_of(const py_value& v, const logical_line& line,
                                    std::string_view key) {
  if (v.what == py_value::kind::text) return {v.text};
  if (v.what != py_value::kind::sequence)
    schema_error(line, fmt::format("Meta.{} takes a list of strings", key));
  std::vector<std::string> out;
  for (const auto& item : v.items) {
    if (item.what != py_value::kind::text)
      schema_error(line, fmt::format("Meta.{} takes a list of strings", key));
    out.push_back(item.text);
  }
  return out;
}

bool is_model_base(const class_header& h) {
  for (const auto& b : h.bases)
    if (b == "models.Model" || b == "Model" || last_part(b) == "Model") return true;
  return false;
}

}  // namespace

void parse_models(std::string_view text, const models_options& options, schema& out) {
  const auto lines = logical_lines(text);
  const iterator base = text.data();
  std::size_t i = 0;
  auto skip_block = [&](std::size_t indent) {
    while (i < lines.size() && lines[i].indent > indent) ++i;
  };
  while (i < lines.size()) {
    const auto& line = lines[i++];
    class_header header;
    if (line.indent != 0 || !parse_line(line, base, class_header_rule, header) ||
        !is_model_base(header)) {
      if (line.text.back() == ':') skip_block(line.indent);  // def, if, non-model classes
      continue;
    }
    std::vector<field> fields;
    std::string app = options.app, table;
    std::vector<std::string> ordering;
    std::vector<std::vector<std::string>> unique_together;
    while (i < lines.size() && lines[i].indent > 0) {
      const auto& member = lines[i++];
      class_header meta;
      if (parse_line(member, base, class_header_rule, meta)) {
        if (meta.name != "Meta") {
          skip_block(member.indent);
          continue;
        }
        while (i < lines.size() && lines[i].indent > member.indent) {
          const auto& option = lines[i++];
          assignment a;
          if (!parse_line(option, base, assignment_rule, a)) continue;
          if (a.target == "db_table")
            table = strings_of(a.value, option, "db_table").at(0);
          else if (a.target == "app_label")
            app = strings_of(a.value, option, "app_label").at(0);
          else if (a.target == "ordering")
            ordering = strings_of(a.value, option, "ordering");
          else if (a.target == "unique_together") {
            if (a.value.what == py_value::kind::sequence && !a.value.items.empty() &&
                a.value.items[0].what == py_value::kind::sequence) {
              for (const auto& group : a.value.items)
                unique_together.push_back(strings_of(group, option, "unique_together"));
            } else {
              unique_together.push_back(strings_of(a.value, option, "unique_together"));
            }
          }
        }
        continue;
      }
      if (member.text.back() == ':') {  // def, @property bodies, nested blocks
        skip_block(member.indent);
        continue;
      }
      assignment a;
      if (!parse_line(member, base, assignment_rule, a) || a.value.what != py_value::kind::call)
        continue;
      // Managers and other attributes are not fields; a *Field type sqlweave does not know is an
      // error.
      const auto type_name = last_part(a.value.text);
      const bool field_like =
          field_type_from_name(type_name) ||
          (type_name.size() > 5 && type_name.compare(type_name.size() - 5, 5, "Field") == 0);
      if (!field_like) continue;
      fields.push_back(field_of(a.target, a.value, member));
    }
    model& m = out.add_model(header.name, app);
    m.db_table = table;
    m.ordering = std::move(ordering);
    m.unique_together = std::move(unique_together);
    for (auto& f : fields) m.add(std::move(f));
  }
}

}  // namespace sqlweave::grammar

namespace sqlweave {
void parse_models(std::string_view text, const models_options& options, schema& out) {
  grammar::parse_models(text, options, out);
}
}  // namespace sqlweave
