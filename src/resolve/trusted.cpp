// SPDX-License-Identifier: MIT
// Trusted SQL: RawSQL(sql, params), Func(function=, template=, ...) and the functions,
// transforms and lookups a program registers (sqlweave/extensions.hpp). Their text is written
// as given; their values stay parameters. compile_options::trusted_sql = false refuses the two
// that come with the query text, for querysets from someone not trusted with SQL.
#include "resolve/trusted.hpp"

#include <fmt/format.h>

#include <cctype>

#include "resolve/expressions.hpp"
#include "resolve/types.hpp"
#include "sqlweave/extensions.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

/// What a `%(name)s` of a template stands for: text, or expressions joined by a separator.
struct substitution {
  std::string_view name;
  std::string_view text;
  std::span<ir::expr* const> values;
  std::string_view joiner;
};

// Django's `template % data`: `%(name)s` from `subs`, `%%` a percent sign, nothing else.
ir::expr* expand(level& lv, std::string_view tmpl, std::span<const substitution> subs,
                 source_span span) {
  small<ir::raw_piece, 16> pieces;
  std::size_t start = 0;
  auto text = [&](std::size_t from, std::size_t to) {
    if (to > from) pieces.push_back(ir::raw_piece{tmpl.substr(from, to - from), nullptr});
  };
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] != '%') continue;
    text(start, i);
    if (i + 1 < tmpl.size() && tmpl[i + 1] == '%') {
      pieces.push_back(ir::raw_piece{"%", nullptr});
      start = ++i + 1;
      continue;
    }
    const auto close = tmpl.find(")s", i);
    if (i + 1 >= tmpl.size() || tmpl[i + 1] != '(' || close == std::string_view::npos)
      fail(error_code::bad_argument,
           "a template takes %(name)s placeholders and %% for a percent sign", span);
    const auto name = tmpl.substr(i + 2, close - i - 2);
    const auto sub = std::find_if(subs.begin(), subs.end(),
                                  [&](const substitution& s) { return s.name == name; });
    if (sub == subs.end())
      fail(error_code::bad_argument,
           fmt::format("the template names %({})s, which has no value", name), span);
    if (!sub->text.empty() || sub->values.empty())
      pieces.push_back(ir::raw_piece{sub->text, nullptr});
    for (std::size_t v = 0; v < sub->values.size(); ++v) {
      if (v > 0) pieces.push_back(ir::raw_piece{sub->joiner, nullptr});
      pieces.push_back(ir::raw_piece{std::string_view{}, sub->values[v]});
    }
    start = close + 2;
    i = close + 1;
  }
  text(start, tmpl.size());
  ir::expr* e = lv.cx.mem.node(ir::raw_sql{lv.cx.mem.list(pieces)}, span);
  for (const auto& p : pieces)
    if (p.value) absorb(*e, *p.value);
  return e;
}

std::string_view text_kwarg(const ast::node& n, std::string_view name) {
  const ast::node* v = keyword_value(n.kwargs, name);
  if (!v) return {};
  if (!is_text_literal(*v))
    fail(error_code::bad_argument, fmt::format("{}= takes a string", name), v->span);
  return v->val.as_text();
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

void check_trusted(level& lv, std::string_view what, source_span span) {
  if (!lv.cx.options.trusted_sql)
    fail(error_code::bad_argument,
         fmt::format("{} writes trusted SQL, which this compile refuses (--no-raw)", what), span);
}

ir::expr* raw_sql(level& lv, std::string_view what, const ast::node& text,
                  std::span<const ast::expr> params, std::size_t& used) {
  if (!is_text_literal(text))
    fail(error_code::bad_argument, fmt::format("{} takes its SQL as a string", what), text.span);
  // `%s` marks a parameter, `%%` a percent sign; the text goes in parentheses, as Django's.
  const std::string_view sql = text.val.as_text();
  small<ir::raw_piece, 16> pieces{ir::raw_piece{"(", nullptr}};
  std::size_t start = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    if (sql[i] != '%') continue;
    if (i > start) pieces.push_back(ir::raw_piece{sql.substr(start, i - start), nullptr});
    if (i + 1 < sql.size() && sql[i + 1] == '%') {
      pieces.push_back(ir::raw_piece{"%", nullptr});
    } else if (i + 1 < sql.size() && sql[i + 1] == 's') {
      if (used == params.size())
        fail(error_code::bad_argument, fmt::format("{} has more %s than parameters", what),
             text.span);
      const ast::node& p = *params[used++];
      if (p.kind != ast::node_kind::literal && p.kind != ast::node_kind::param)
        fail(error_code::bad_argument, fmt::format("{} parameters are values", what), p.span);
      pieces.push_back(ir::raw_piece{std::string_view{}, expression(lv, p, use_site{}, nullptr)});
    } else {
      fail(error_code::bad_argument,
           fmt::format("{} takes %s for a parameter and %% for a percent sign", what), text.span);
    }
    start = i + 2;
    ++i;
  }
  if (start < sql.size()) pieces.push_back(ir::raw_piece{sql.substr(start), nullptr});
  pieces.push_back(ir::raw_piece{")", nullptr});
  return lv.cx.mem.node(ir::raw_sql{lv.cx.mem.list(pieces)}, text.span);
}

ir::expr* raw_sql_call(level& lv, const ast::node& n, const use_site&, alias_list*) {
  check_trusted(lv, "RawSQL()", n.span);
  const ast::node& params = *n.args[1];
  if (params.kind != ast::node_kind::list)
    fail(error_code::bad_argument, "RawSQL() takes its parameters as a list or tuple", params.span);
  std::size_t used = 0;
  ir::expr* e = raw_sql(lv, "RawSQL()", *n.args[0], params.args, used);
  if (used != params.args.size())
    fail(error_code::bad_argument, "RawSQL() has more parameters than %s", params.span);
  e->span = n.span;
  return e;
}

ir::expr* func_call(level& lv, const ast::node& n, const use_site& site, alias_list* votes) {
  check_trusted(lv, "Func()", n.span);
  const std::string_view function = text_kwarg(n, "function");
  std::string_view tmpl = text_kwarg(n, "template");
  const std::string_view joiner =
      keyword_value(n.kwargs, "arg_joiner") ? text_kwarg(n, "arg_joiner") : std::string_view(", ");
  if (function.empty() && tmpl.empty())
    fail(error_code::bad_argument, "Func() needs function= or template=", n.span);
  if (tmpl.empty()) tmpl = "%(function)s(%(expressions)s)";
  small<ir::expr*> args;
  for (const auto& a : n.args) args.push_back(field_or_expression(lv, *a, site, votes));
  small<substitution> subs{{"function", function, {}, {}},
                           {"expressions", {}, view(args), joiner},
                           {"field", {}, view(args), joiner}};
  for (const auto& kw : n.kwargs) {
    if (kw.name == "function" || kw.name == "template" || kw.name == "arg_joiner" ||
        kw.name == "output_field")
      continue;
    subs.push_back({kw.name, text_kwarg(n, kw.name), {}, {}});
  }
  ir::expr* e = expand(lv, tmpl, view(subs), n.span);
  set_common_type(lv.cx.mem, *e, view(args));
  return e;
}

ir::expr* registered_function(level& lv, const function_template& f, const ast::node& n,
                              const use_site& site, alias_list* votes) {
  const auto count = static_cast<int>(n.args.size());
  if (count < f.min_args || count > f.max_args)
    fail(
        error_code::bad_argument,
        fmt::format("{}() takes {} to {} arguments, got {}", f.name, f.min_args, f.max_args, count),
        n.span);
  if (!n.kwargs.empty())
    fail(error_code::bad_argument,
         fmt::format("{}() got an unexpected keyword argument '{}'", f.name, n.kwargs[0].name),
         n.kwargs[0].span);
  small<ir::expr*> args;
  for (const auto& a : n.args) args.push_back(field_or_expression(lv, *a, site, votes));
  const std::string_view function =
      f.function.empty() ? lv.text(upper(f.name)) : std::string_view(f.function);
  const substitution subs[] = {{"function", function, {}, {}},
                               {"expressions", {}, view(args), f.arg_joiner},
                               {"field", {}, view(args), f.arg_joiner}};
  ir::expr* e = expand(lv, f.sql, subs, n.span);
  if (f.output)
    e->type = f.output;
  else
    set_common_type(lv.cx.mem, *e, view(args));
  return e;
}

ir::expr* registered_transform(level& lv, const transform_template& t, ir::expr* lhs,
                               source_span span) {
  ir::expr* args[] = {lhs};
  const substitution subs[] = {{"expressions", {}, args, {}}, {"field", {}, args, {}}};
  ir::expr* e = expand(lv, t.sql, subs, span);
  if (t.output)
    e->type = t.output;
  else
    inherit_type(*e, *lhs);
  return e;
}

ir::expr* registered_lookup(level& lv, const lookup_template& l, ir::expr* lhs, ir::expr* rhs,
                            source_span span) {
  ir::expr* left[] = {lhs};
  ir::expr* right[] = {rhs};
  const substitution subs[] = {{"lhs", {}, left, {}}, {"rhs", {}, right, {}}};
  ir::expr* e = expand(lv, l.sql, subs, span);
  e->conditional = true;
  e->type = field_type::boolean_field;
  return e;
}

}  // namespace sqlweave::resolve
