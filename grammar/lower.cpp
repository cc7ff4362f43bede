// SPDX-License-Identifier: MIT
#include "grammar/lower.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <memory>
#include <string>
#include <utility>

#include "catalog/catalog.hpp"
#include "grammar/lexical.hpp"
#include "support/errors.hpp"

namespace sqlweave::grammar {
namespace {

[[noreturn]] void fail_at(source_span span, std::string message) {
  throw error(diagnostic{error_code::syntax, std::move(message), span, {}});
}

source_span cover(source_span first, source_span last) {
  return {first.offset, last.offset + last.length - first.offset};
}

// A node as an operand: the text it covers is its span.
syntax::operand spanned(ast::node&& n) {
  const source_span span = n.span;
  return {ast::make_node(std::move(n)), span};
}

ast::expr lookup_node(const syntax::identifier& name, ast::expr&& value) {
  ast::node n;
  n.kind = ast::node_kind::lookup;
  n.name = std::string(name.text);
  n.args.push_back(std::move(value));
  n.span = name.span;
  return ast::make_node(std::move(n));
}

// Python's own rules: no positional argument after a keyword one, no keyword twice. Returns how
// many keyword arguments there are.
std::size_t check_arguments(const syntax::arguments& args) {
  std::size_t keywords = 0;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const syntax::argument& a = args[i];
    if (!a.keyword) {
      if (keywords != 0) fail_at(a.value->span, "positional argument follows keyword argument");
      continue;
    }
    const syntax::identifier& name = *a.keyword;
    for (std::size_t j = 0; j < i; ++j)
      if (args[j].keyword && args[j].keyword->text == name.text)
        fail_at(name.span, fmt::format("keyword argument repeated: {}", name.text));
    ++keywords;
  }
  return keywords;
}

struct call_args {
  std::vector<ast::expr> positional;
  std::vector<ast::kwarg> keywords;
};

// Both lists are sized up front: a parse allocates little, so this shows.
call_args split(syntax::arguments&& args) {
  const std::size_t keywords = check_arguments(args);
  call_args out;
  if (keywords != args.size()) out.positional.reserve(args.size() - keywords);
  if (keywords != 0) out.keywords.reserve(keywords);
  for (auto& a : args) {
    if (a.keyword)
      out.keywords.push_back({std::string(a.keyword->text), std::move(a.value), a.keyword->span});
    else
      out.positional.push_back(std::move(a.value));
  }
  return out;
}

// Q(*args, **lookups) and filter(*args, **lookups): the positional Q objects, then one lookup
// per keyword, in one vector.
std::vector<ast::expr> lookups(syntax::arguments&& args) {
  check_arguments(args);
  std::vector<ast::expr> out;
  out.reserve(args.size());
  for (auto& a : args)
    out.push_back(a.keyword ? lookup_node(*a.keyword, std::move(a.value)) : std::move(a.value));
  return out;
}

bool is_text(const ast::expr& e) {
  return e->kind == ast::node_kind::literal && e->val.kind() == value_kind::text;
}

// F("x") and OuterRef("x"): one field path as a string; OuterRef also takes an OuterRef.
ast::expr reference(ast::node_kind kind, std::string_view what, call_args&& args,
                    source_span span) {
  ast::node n;
  n.kind = kind;
  n.span = span;
  const bool one = args.positional.size() == 1 && args.keywords.empty();
  if (one && is_text(args.positional[0])) {
    n.name = args.positional[0]->val.as_text();
    return ast::make_node(std::move(n));
  }
  if (one && kind == ast::node_kind::outer_ref &&
      args.positional[0]->kind == ast::node_kind::outer_ref) {
    n.args.push_back(std::move(args.positional[0]));
    return ast::make_node(std::move(n));
  }
  fail_at(span, kind == ast::node_kind::field
                    ? fmt::format("{}() takes one field name as a string, as in F(\"price\")", what)
                    : fmt::format("{}() takes one field name as a string, or an OuterRef()", what));
}

// Q(*args, **lookups): AND-ed, and one argument is the Q object itself.
ast::expr q_object(syntax::arguments&& args, source_span span) {
  if (args.size() == 1) {
    syntax::argument& only = args.front();
    return only.keyword ? lookup_node(*only.keyword, std::move(only.value)) : std::move(only.value);
  }
  ast::node n;
  n.kind = ast::node_kind::q_and;
  n.span = span;
  n.args = lookups(std::move(args));
  return ast::make_node(std::move(n));
}

// date(y, m, d) and datetime(y, m, d[, H[, M[, S[, us]]]]), checked as Python checks them.
ast::expr date_literal(bool with_time, const call_args& args, source_span span) {
  const std::size_t n = args.positional.size();
  if (!args.keywords.empty() || n < 3 || n > (with_time ? 7u : 3u))
    fail_at(span,
            with_time
                ? "datetime() takes year, month, day[, hour[, minute[, second[, microsecond]]]]"
                : "date() takes year, month, day");
  std::array<std::int64_t, 7> part{1, 1, 1, 0, 0, 0, 0};
  for (std::size_t i = 0; i < n; ++i) {
    const ast::node& a = *args.positional[i];
    if (a.kind != ast::node_kind::literal || a.val.kind() != value_kind::integer)
      fail_at(a.span, fmt::format("{}() takes integers", with_time ? "datetime" : "date"));
    part[i] = a.val.as_int();
  }
  const std::int64_t year = part[0], month = part[1], day = part[2];
  if (year < 1 || year > 9999) fail_at(args.positional[0]->span, "year is out of range (1..9999)");
  if (month < 1 || month > 12) fail_at(args.positional[1]->span, "month must be in 1..12");
  if (day < 1 || day > days_in_month(static_cast<int>(year), static_cast<int>(month)))
    fail_at(args.positional[2]->span, "day is out of range for month");
  static constexpr std::array<std::pair<std::int64_t, const char*>, 4> limits{
      {{23, "hour must be in 0..23"},
       {59, "minute must be in 0..59"},
       {59, "second must be in 0..59"},
       {999999, "microsecond must be in 0..999999"}}};
  for (std::size_t i = 3; i < n; ++i)
    if (part[i] < 0 || part[i] > limits[i - 3].first)
      fail_at(args.positional[i]->span, limits[i - 3].second);
  auto as_int = [&](std::size_t i) { return static_cast<int>(part[i]); };
  const date d{as_int(0), as_int(1), as_int(2)};
  if (!with_time) return ast::make_literal(value(d), span);
  return ast::make_literal(value(datetime{d, as_int(3), as_int(4), as_int(5), as_int(6)}), span);
}

// time([hour[, minute[, second[, microsecond]]]]), by position or keyword, checked as Python
// checks them.
ast::expr time_literal(const call_args& args, source_span span) {
  static constexpr std::array<std::pair<std::string_view, int>, 4> parts{
      {{"hour", 23}, {"minute", 59}, {"second", 59}, {"microsecond", 999999}}};
  if (args.positional.size() > parts.size())
    fail_at(span, "time() takes hour, minute, second, microsecond");
  std::array<int, 4> part{};
  std::array<bool, 4> given{};
  auto set = [&](std::size_t i, const ast::node& a) {
    if (given[i])
      fail_at(a.span, fmt::format("time() got multiple values for '{}'", parts[i].first));
    if (a.kind != ast::node_kind::literal || a.val.kind() != value_kind::integer)
      fail_at(a.span, "time() takes integers");
    if (a.val.as_int() < 0 || a.val.as_int() > parts[i].second)
      fail_at(a.span, fmt::format("{} must be in 0..{}", parts[i].first, parts[i].second));
    part[i] = static_cast<int>(a.val.as_int());
    given[i] = true;
  };
  for (std::size_t i = 0; i < args.positional.size(); ++i) set(i, *args.positional[i]);
  for (const auto& kw : args.keywords) {
    const auto* p = std::find_if(parts.begin(), parts.end(),
                                 [&](const auto& entry) { return entry.first == kw.name; });
    if (p == parts.end())
      fail_at(kw.span, fmt::format("time() got an unexpected keyword argument '{}'", kw.name));
    set(static_cast<std::size_t>(p - parts.begin()), *kw.value);
  }
  return ast::make_literal(value(time_of_day{part[0], part[1], part[2], part[3]}), span);
}

// timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks), each a number
// given by position or keyword, summed and rounded to microseconds as Python does. Spans that
// do not fit 64-bit microseconds (about 292,000 years) are refused.
ast::expr timedelta_literal(const call_args& args, source_span span) {
  static constexpr std::array<std::pair<std::string_view, long double>, 7> units{{
      {"days", 86'400e6L},
      {"seconds", 1e6L},
      {"microseconds", 1.0L},
      {"milliseconds", 1e3L},
      {"minutes", 60e6L},
      {"hours", 3'600e6L},
      {"weeks", 604'800e6L},
  }};
  if (args.positional.size() > units.size()) fail_at(span, "timedelta() takes at most 7 arguments");
  long double total = 0;
  auto add = [&](const ast::node& a, long double unit) {
    if (a.kind != ast::node_kind::literal ||
        (a.val.kind() != value_kind::integer && a.val.kind() != value_kind::real))
      fail_at(a.span, "timedelta() takes numbers");
    const long double n = a.val.kind() == value_kind::integer
                              ? static_cast<long double>(a.val.as_int())
                              : static_cast<long double>(a.val.as_real());
    if (!std::isfinite(n)) fail_at(a.span, "timedelta() takes finite numbers");
    total += n * unit;
  };
  for (std::size_t i = 0; i < args.positional.size(); ++i)
    add(*args.positional[i], units[i].second);
  for (const auto& kw : args.keywords) {
    const auto* u = std::find_if(units.begin(), units.end(),
                                 [&](const auto& unit) { return unit.first == kw.name; });
    if (u == units.end())
      fail_at(kw.span, fmt::format("timedelta() got an unexpected keyword argument '{}'", kw.name));
    add(*kw.value, u->second);
  }
  const long double rounded = std::nearbyint(total);  // round half to even, as Python
  if (!(std::fabs(rounded) < 9.2e18L)) fail_at(span, "timedelta is out of range");
  return ast::make_literal(value(duration{static_cast<std::int64_t>(rounded)}), span);
}

// Python's ord(c) and chr(i), evaluated as Python does: literals, not SQL functions.
ast::expr ord_literal(const call_args& args, source_span span) {
  if (args.positional.size() != 1 || !args.keywords.empty())
    fail_at(span, "ord() takes exactly one argument");
  const ast::node& a = *args.positional[0];
  if (a.kind != ast::node_kind::literal || a.val.kind() != value_kind::text)
    fail_at(a.span, "ord() expected a string of length 1");
  const std::string& t = a.val.as_text();
  const auto lead = t.empty() ? 0u : static_cast<unsigned char>(t[0]);
  const std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  if (t.size() != n)
    fail_at(a.span, "ord() expected a character, but the string's length is not 1");
  std::int64_t code = n == 1 ? lead : lead & (0x7F >> n);
  for (std::size_t i = 1; i < n; ++i) code = code << 6 | (static_cast<unsigned char>(t[i]) & 0x3F);
  return ast::make_literal(value(code), span);
}

ast::expr chr_literal(const call_args& args, source_span span) {
  if (args.positional.size() != 1 || !args.keywords.empty())
    fail_at(span, "chr() takes exactly one argument");
  const ast::node& a = *args.positional[0];
  if (a.kind != ast::node_kind::literal || a.val.kind() != value_kind::integer)
    fail_at(a.span, "chr() takes an integer");
  const std::int64_t c = a.val.as_int();
  if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    fail_at(a.span, "chr() arg not in range(0x110000), or a surrogate");
  std::string t;
  append_utf8(t, static_cast<std::uint32_t>(c));
  return ast::make_literal(value(std::move(t)), span);
}

// [+-] digits [. digits] or [+-] . digits: what a DECIMAL column stores, kept as written.
bool is_decimal_text(std::string_view t) {
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) t.remove_prefix(1);
  const auto point = t.find('.');
  const std::string_view whole = t.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view{} : t.substr(point + 1);
  auto digits = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  return (!whole.empty() || !fraction.empty()) && digits(whole) && digits(fraction);
}

ast::expr decimal_literal(const call_args& args, source_span span) {
  static constexpr const char* usage =
      "Decimal() takes one number as a string, as in Decimal(\"1.50\")";
  if (args.positional.size() != 1 || !args.keywords.empty()) fail_at(span, usage);
  const ast::node& a = *args.positional[0];
  if (a.kind == ast::node_kind::literal && a.val.kind() == value_kind::integer)
    return ast::make_literal(value(decimal{a.val.to_string()}), span);
  if (a.kind != ast::node_kind::literal || a.val.kind() != value_kind::text) fail_at(a.span, usage);
  if (!is_decimal_text(a.val.as_text()))
    fail_at(a.span, fmt::format("'{}' is not a decimal number", a.val.as_text()));
  return ast::make_literal(value(decimal{a.val.as_text()}), span);
}

// `name(...)` or `module.name(...)`.
bool is_named(const syntax::dotted_name& callee, std::string_view module, std::string_view name) {
  return callee.back().text == name &&
         (callee.size() == 1 || (callee.size() == 2 && callee.front().text == module));
}

}  // namespace

syntax::operand lower(syntax::literal&& literal) {
  ast::node n;  // not make_literal(): its by-value parameter would move the value once more
  n.kind = ast::node_kind::literal;
  n.val = std::move(literal.val);
  n.span = literal.span;
  return spanned(std::move(n));
}

syntax::operand lower(syntax::parameter&& parameter) {
  ast::node n;
  n.kind = ast::node_kind::param;
  n.name = std::string(parameter.name.text);
  // The name follows the ':' directly (the rule is a lexeme), so the span starts one before it.
  n.span = {parameter.name.span.offset - 1, parameter.name.span.length + 1};
  return spanned(std::move(n));
}

syntax::operand lower(syntax::sequence&& sequence) {
  if (!sequence.brackets && sequence.items.size() == 1 && !sequence.trailing_comma)
    return {std::move(sequence.items.front()), sequence.span};  // (a) is a, not a tuple
  ast::node n;
  n.kind = ast::node_kind::list;
  n.args.assign(std::make_move_iterator(sequence.items.begin()),
                std::make_move_iterator(sequence.items.end()));
  n.span = sequence.span;
  return spanned(std::move(n));
}

syntax::operand lower(syntax::mapping&& mapping) {
  ast::node n;
  n.kind = mapping.set ? ast::node_kind::list : ast::node_kind::dict;
  n.args.assign(std::make_move_iterator(mapping.items.begin()),
                std::make_move_iterator(mapping.items.end()));
  n.kwargs = std::move(mapping.entries);
  n.span = mapping.span;
  return spanned(std::move(n));
}

syntax::operand lower(syntax::call&& call) {
  // Module prefixes name no function of their own: models.Count, functions.Lower, models.Q.
  auto first = call.callee.begin();
  while (call.callee.end() - first > 1 && (first->text == "models" || first->text == "functions"))
    ++first;
  call.callee.erase(call.callee.begin(), first);
  const auto& callee = call.callee;
  const source_span span = call.span;
  if (callee.size() == 1 && callee[0].text == "Q")
    return {q_object(std::move(call.args), span), span};
  call_args args = split(std::move(call.args));
  if (callee.size() == 1 && callee[0].text == "F")
    return {reference(ast::node_kind::field, "F", std::move(args), span), span};
  if (callee.size() == 1 && callee[0].text == "OuterRef")
    return {reference(ast::node_kind::outer_ref, "OuterRef", std::move(args), span), span};
  if (is_named(callee, "datetime", "date")) return {date_literal(false, args, span), span};
  if (is_named(callee, "datetime", "datetime")) return {date_literal(true, args, span), span};
  if (is_named(callee, "datetime", "time")) return {time_literal(args, span), span};
  if (is_named(callee, "decimal", "Decimal")) return {decimal_literal(args, span), span};
  if (is_named(callee, "datetime", "timedelta")) return {timedelta_literal(args, span), span};
  if (callee.size() == 1 && callee[0].text == "ord") return {ord_literal(args, span), span};
  if (callee.size() == 1 && callee[0].text == "chr") return {chr_literal(args, span), span};
  ast::node n;
  n.kind = ast::node_kind::call;
  for (const auto& part : callee) {
    if (!n.name.empty()) n.name += '.';
    n.name += part.text;
  }
  n.args = std::move(args.positional);
  n.kwargs = std::move(args.keywords);
  n.span = span;
  return spanned(std::move(n));
}

syntax::operand lower(syntax::subquery&& subquery) {
  ast::node n;
  n.kind = ast::node_kind::subquery;
  n.sub = std::make_shared<const ast::query>(std::move(subquery.query));
  n.span = subquery.span;
  return spanned(std::move(n));
}

syntax::operand lower_prefix(const syntax::token& op, syntax::operand&& operand) {
  const source_span span = cover(op.span, operand.extent);
  if (op.symbol == '+') return {std::move(operand.node), span};
  const ast::node& x = *operand.node;
  if (op.symbol == '-' && x.kind == ast::node_kind::literal && x.val.kind() == value_kind::integer)
    return {ast::make_literal(value(-x.val.as_int()), span), span};
  if (op.symbol == '-' && x.kind == ast::node_kind::literal && x.val.kind() == value_kind::real)
    return {ast::make_literal(value(-x.val.as_real()), span), span};
  ast::node n;
  n.kind = op.symbol == '~' ? ast::node_kind::q_not : ast::node_kind::negate;
  n.args.push_back(std::move(operand.node));
  n.span = span;
  return spanned(std::move(n));
}

syntax::operand lower_binary(char op, syntax::operand&& left, syntax::operand&& right) {
  ast::node n;
  n.kind = ast::node_kind::binary;
  switch (op) {
    case '+': n.op = ast::arith::add; break;
    case '-': n.op = ast::arith::sub; break;
    case '*': n.op = ast::arith::mul; break;
    case '/': n.op = ast::arith::div; break;
    case '%': n.op = ast::arith::mod; break;
    default: n.op = ast::arith::pow; break;
  }
  n.span = cover(left.extent, right.extent);
  n.args = {std::move(left.node), std::move(right.node)};
  return spanned(std::move(n));
}

syntax::operand lower_junction(ast::node_kind kind, syntax::expressions&& operands,
                               source_span start, source_span end) {
  ast::node n;
  n.kind = kind;
  n.span = cover(start, end);
  // Querysets joined by `|` or `&` inside an expression (Exists(qs1 | qs2)) are one queryset.
  if (std::all_of(operands.begin(), operands.end(),
                  [](const ast::expr& e) { return e->kind == ast::node_kind::subquery; })) {
    ast::query q = *operands.front()->sub;
    for (std::size_t i = 1; i < operands.size(); ++i) {
      ast::step st;
      st.kind =
          kind == ast::node_kind::q_or ? ast::step_kind::combine_or : ast::step_kind::combine_and;
      st.span = operands[i]->span;
      st.args.push_back(std::move(operands[i]));
      q.steps.push_back(std::move(st));
    }
    n.kind = ast::node_kind::subquery;
    n.sub = std::make_shared<const ast::query>(std::move(q));
    return spanned(std::move(n));
  }
  n.args.assign(std::make_move_iterator(operands.begin()), std::make_move_iterator(operands.end()));
  return spanned(std::move(n));
}

namespace {

// F("flags").bitand(4): Django's bitwise operators are methods of expressions.
constexpr std::array<std::pair<std::string_view, ast::arith>, 5> bitwise_methods{{
    {"bitand", ast::arith::bit_and},
    {"bitor", ast::arith::bit_or},
    {"bitxor", ast::arith::bit_xor},
    {"bitleftshift", ast::arith::bit_left_shift},
    {"bitrightshift", ast::arith::bit_right_shift},
}};

syntax::operand lower_bitwise(syntax::operand&& target, syntax::method&& method, ast::arith op) {
  call_args args = split(std::move(method.args));
  if (args.positional.size() != 1 || !args.keywords.empty())
    fail_at(method.span, fmt::format("{}() takes one operand", method.name.text));
  ast::node n;
  n.kind = ast::node_kind::binary;
  n.op = op;
  n.span = cover(target.extent, method.span);
  n.args = {std::move(target.node), std::move(args.positional.front())};
  return spanned(std::move(n));
}

}  // namespace

syntax::operand lower_method(syntax::operand&& target, syntax::method&& method) {
  const std::string_view name = method.name.text;
  for (const auto& [method_name, op] : bitwise_methods)
    if (name == method_name) return lower_bitwise(std::move(target), std::move(method), op);
  if (name != "asc" && name != "desc")
    fail_at(method.name.span,
            fmt::format("expressions have no method '{}'; asc(), desc() and the bitwise "
                        "bitand(), bitor(), bitxor(), bitleftshift(), bitrightshift() are allowed",
                        name));
  ast::node n;
  n.kind = ast::node_kind::order;
  n.descending = name == "desc";
  n.span = cover(target.extent, method.span);
  n.args.push_back(std::move(target.node));
  call_args args = split(std::move(method.args));
  if (!args.positional.empty())
    fail_at(args.positional[0]->span,
            fmt::format("{}() takes only nulls_first= or nulls_last=", name));
  for (const auto& kw : args.keywords) {
    const ast::node& v = *kw.value;
    const bool flag = v.kind == ast::node_kind::literal &&
                      (v.val.kind() == value_kind::boolean || v.val.is_null());
    if ((kw.name != "nulls_first" && kw.name != "nulls_last") || !flag)
      fail_at(kw.span, fmt::format("{}() takes only nulls_first=True or nulls_last=True", name));
    if (v.val.kind() == value_kind::boolean && v.val.as_bool()) {
      if (n.nulls != ast::nulls_order::unspecified)
        fail_at(kw.span, "nulls_first and nulls_last are mutually exclusive");
      n.nulls = kw.name == "nulls_first" ? ast::nulls_order::first : ast::nulls_order::last;
    }
  }
  return spanned(std::move(n));
}

namespace {

// complex_filter(Q(...)) and complex_filter({"pk": 1}): Django's QuerySet.complex_filter(), a
// Q object added as filter() adds it, a dict as filter(**dict).
ast::expr complex_filter(syntax::method&& method) {
  call_args args = split(std::move(method.args));
  if (args.positional.size() != 1 || !args.keywords.empty())
    fail_at(method.name.span, "complex_filter() takes one Q object or one dict of lookups");
  ast::expr& arg = args.positional.front();
  const auto kind = arg->kind;
  if (kind == ast::node_kind::lookup || kind == ast::node_kind::q_and ||
      kind == ast::node_kind::q_or || kind == ast::node_kind::q_not)
    return std::move(arg);
  if (kind != ast::node_kind::dict)
    fail_at(arg->span, "complex_filter() takes one Q object or one dict of lookups");
  ast::node n;
  n.kind = ast::node_kind::q_and;
  n.span = arg->span;
  for (const auto& entry : arg->kwargs) {
    ast::node leaf;
    leaf.kind = ast::node_kind::lookup;
    leaf.name = entry.name;
    leaf.args.push_back(entry.value);
    leaf.span = entry.span;
    n.args.push_back(ast::make_node(std::move(leaf)));
  }
  return ast::make_node(std::move(n));
}

}  // namespace

ast::step lower_step(syntax::method&& method) {
  const catalog::method_entry* known = catalog::find_method(method.name.text);
  ast::step st;
  // Any other name may be a method of the model's manager or QuerySet class: the resolver, which
  // knows the schema, looks it up (and says "unknown queryset method" when it is none).
  st.kind = known ? known->step : ast::step_kind::custom;
  if (!known) st.method = std::string(method.name.text);
  st.span = method.name.span;
  if (known && known->name == "complex_filter") {
    st.args.push_back(complex_filter(std::move(method)));
    return st;
  }
  if (st.kind == ast::step_kind::filter || st.kind == ast::step_kind::exclude ||
      st.kind == ast::step_kind::get) {
    st.args = lookups(std::move(method.args));
    return st;
  }
  call_args args = split(std::move(method.args));
  st.args = std::move(args.positional);
  st.kwargs = std::move(args.keywords);
  return st;
}

ast::step lower_step(const syntax::subscript& subscript) {
  ast::step st;
  st.kind = ast::step_kind::slice;
  st.span = subscript.span;
  st.start = subscript.start;
  st.stop = subscript.stop;
  if (!subscript.colon) {
    st.index = true;
    st.stop = *subscript.start + 1;
  }
  return st;
}

}  // namespace sqlweave::grammar
