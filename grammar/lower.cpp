// SPDX-License-Identifier: MIT
#include "grammar/lower.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>

namespace sqlweave::grammar {
namespace {

constexpr std::array<std::pair<std::string_view, ast::step_kind>, 28> methods{{
    {"all", ast::step_kind::all},
    {"filter", ast::step_kind::filter},
    {"exclude", ast::step_kind::exclude},
    {"annotate", ast::step_kind::annotate},
    {"alias", ast::step_kind::alias},
    {"values", ast::step_kind::values},
    {"values_list", ast::step_kind::values_list},
    {"only", ast::step_kind::only},
    {"defer", ast::step_kind::defer},
    {"order_by", ast::step_kind::order_by},
    {"distinct", ast::step_kind::distinct},
    {"select_related", ast::step_kind::select_related},
    {"prefetch_related", ast::step_kind::prefetch_related},
    {"reverse", ast::step_kind::reverse},
    {"none", ast::step_kind::none},
    {"aggregate", ast::step_kind::aggregate},
    {"count", ast::step_kind::count},
    {"exists", ast::step_kind::exists},
    {"first", ast::step_kind::first},
    {"last", ast::step_kind::last},
    {"get", ast::step_kind::get},
    {"update", ast::step_kind::update},
    {"delete", ast::step_kind::delete_rows},
    {"create", ast::step_kind::create},
    {"bulk_create", ast::step_kind::bulk_create},
    {"bulk_update", ast::step_kind::bulk_update},
    {"earliest", ast::step_kind::first},
    {"latest", ast::step_kind::last},
}};

ast::expr lookup_node(ast::kwarg kw) {
  ast::node n;
  n.kind = ast::node_kind::lookup;
  n.name = std::move(kw.name);
  n.args.push_back(std::move(kw.value));
  n.span = kw.span;
  return ast::make_node(std::move(n));
}

[[noreturn]] void bad(std::string message, source_span span) {
  throw error(diagnostic{error_code::syntax, std::move(message), span, {}});
}

const ast::node& only_argument(const call_args& args, std::string_view what, source_span span) {
  if (args.positional.size() != 1 || !args.keywords.empty())
    bad(fmt::format("{}() takes exactly one argument", what), span);
  return *args.positional[0];
}

std::string text_argument(const call_args& args, std::string_view what, source_span span) {
  const ast::node& a = only_argument(args, what, span);
  if (a.kind != ast::node_kind::literal || a.val.kind() != value_kind::text)
    bad(fmt::format("{}() takes a string", what), a.span);
  return a.val.as_text();
}

int int_argument(const ast::node& a, std::string_view what) {
  if (a.kind != ast::node_kind::literal || a.val.kind() != value_kind::integer)
    bad(fmt::format("{}() takes integers", what), a.span);
  return static_cast<int>(a.val.as_int());
}

// date(y, m, d) and datetime(y, m, d[, H[, M[, S[, us]]]]), checked as Python would.
ast::expr date_literal(bool with_time, const call_args& args, source_span span) {
  const std::string_view what = with_time ? "datetime" : "date";
  const std::size_t n = args.positional.size();
  if (!args.keywords.empty() || n < 3 || n > (with_time ? 7u : 3u))
    bad(with_time ? "datetime() takes year, month, day[, hour[, minute[, second[, microsecond]]]]"
                  : "date() takes year, month, day",
        span);
  int parts[7] = {0, 0, 0, 0, 0, 0, 0};
  for (std::size_t i = 0; i < n; ++i) parts[i] = int_argument(*args.positional[i], what);
  static constexpr int days_in_month[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (parts[0] % 4 == 0 && parts[0] % 100 != 0) || parts[0] % 400 == 0;
  if (parts[0] < 1 || parts[0] > 9999 || parts[1] < 1 || parts[1] > 12 || parts[2] < 1 ||
      parts[2] > days_in_month[parts[1] - 1] || (parts[1] == 2 && parts[2] == 29 && !leap))
    bad(fmt::format("{}() is not a valid date", what), span);
  if (parts[3] < 0 || parts[3] > 23 || parts[4] < 0 || parts[4] > 59 || parts[5] < 0 ||
      parts[5] > 59 || parts[6] < 0 || parts[6] > 999999)
    bad("datetime() has a time out of range", span);
  const date d{parts[0], parts[1], parts[2]};
  if (!with_time) return ast::make_literal(value(d), span);
  return ast::make_literal(value(datetime{d, parts[3], parts[4], parts[5], parts[6]}), span);
}

ast::expr decimal_literal(const call_args& args, source_span span) {
  const ast::node& a = only_argument(args, "Decimal", span);
  std::string text;
  if (a.kind == ast::node_kind::literal && a.val.kind() == value_kind::text)
    text = a.val.as_text();
  else if (a.kind == ast::node_kind::literal && a.val.kind() == value_kind::integer)
    text = a.val.to_string();
  else
    bad("Decimal() takes a string or an integer", a.span);
  double parsed = 0;
  const char* end = text.data() + text.size();
  const char* begin = text.data() + (!text.empty() && (text[0] == '-' || text[0] == '+') ? 1 : 0);
  auto [p, ec] = std::from_chars(begin, end, parsed, std::chars_format::fixed);
  if (ec != std::errc() || p != end || text.empty())
    bad(fmt::format("Decimal(\"{}\") is not a decimal number", text), a.span);
  return ast::make_literal(value(decimal{text}), span);
}

ast::expr q_node(call_args args, source_span span) {
  ast::node n;
  n.kind = ast::node_kind::q_and;
  n.span = span;
  n.args = std::move(args.positional);
  for (auto& kw : args.keywords) n.args.push_back(lookup_node(std::move(kw)));
  if (n.args.size() == 1) return n.args.front();
  return ast::make_node(std::move(n));
}

}  // namespace

ast::expr lower_call(const std::vector<name_token>& dotted, call_args args, source_span span) {
  // Module prefixes mean nothing here: models.Count, functions.Lower, datetime.date.
  const std::string& name = dotted.back().text;
  const bool module_date = dotted.size() >= 2 && dotted[dotted.size() - 2].text == "datetime";
  if (name == "Q") return q_node(std::move(args), span);
  if (name == "F" || name == "OuterRef") {
    ast::node n;
    n.kind = name == "F" ? ast::node_kind::field : ast::node_kind::outer_ref;
    n.span = span;
    if (name == "OuterRef" && args.positional.size() == 1 && args.keywords.empty() &&
        args.positional[0]->kind == ast::node_kind::outer_ref) {
      n.args.push_back(args.positional[0]);
    } else {
      n.name = text_argument(args, name, span);
    }
    return ast::make_node(std::move(n));
  }
  if (name == "date" || (module_date && name == "date")) return date_literal(false, args, span);
  if (name == "datetime") return date_literal(true, args, span);
  if (name == "Decimal") return decimal_literal(args, span);
  ast::node n;
  n.kind = ast::node_kind::call;
  n.name = name;
  n.span = span;
  n.args = std::move(args.positional);
  n.kwargs = std::move(args.keywords);
  return ast::make_node(std::move(n));
}

ast::step lower_method(const name_token& name, call_args args) {
  const auto it = std::find_if(methods.begin(), methods.end(),
                               [&](const auto& m) { return m.first == name.text; });
  if (it == methods.end()) {
    std::vector<std::string_view> names;
    for (const auto& m : methods) names.push_back(m.first);
    auto near = nearest_names(name.text, names);
    std::string message = fmt::format("unknown queryset method '{}'", name.text);
    if (!near.empty()) message += fmt::format("; did you mean '{}'?", near.front());
    throw error(diagnostic{error_code::syntax, std::move(message), name.span, std::move(near)});
  }
  ast::step st;
  st.kind = it->second;
  st.span = name.span;
  const bool lookups = st.kind == ast::step_kind::filter || st.kind == ast::step_kind::exclude ||
                       st.kind == ast::step_kind::get;
  st.args = std::move(args.positional);
  if (lookups) {
    for (auto& kw : args.keywords) st.args.push_back(lookup_node(std::move(kw)));
  } else {
    st.kwargs = std::move(args.keywords);
  }
  // earliest("f")/latest("f") are order_by("f") then first()/last(): the resolver sees both.
  if (name.text == "earliest" || name.text == "latest") {
    if (st.args.empty()) bad(fmt::format("{}() needs a field name", name.text), name.span);
  }
  return st;
}

ast::expr lower_expression_method(ast::expr target, const name_token& name, call_args args,
                                  source_span span) {
  if (name.text != "asc" && name.text != "desc")
    bad(fmt::format("expressions have no method '{}' (asc and desc are allowed)", name.text),
        name.span);
  ast::node n;
  n.kind = ast::node_kind::order;
  n.descending = name.text == "desc";
  n.args.push_back(std::move(target));
  n.span = span;
  if (!args.positional.empty())
    bad(fmt::format("{}() takes only nulls_first= or nulls_last=", name.text), span);
  for (const auto& kw : args.keywords) {
    if ((kw.name != "nulls_first" && kw.name != "nulls_last") ||
        kw.value->kind != ast::node_kind::literal ||
        (kw.value->val.kind() != value_kind::boolean && !kw.value->val.is_null()))
      bad(fmt::format("{}() takes only nulls_first=True or nulls_last=True", name.text), kw.span);
    if (kw.value->val.kind() == value_kind::boolean && kw.value->val.as_bool())
      n.nulls = kw.name == "nulls_first" ? ast::nulls_order::first : ast::nulls_order::last;
  }
  return ast::make_node(std::move(n));
}

ast::step lower_subscript(const std::optional<std::int64_t>& start, bool colon,
                          const std::optional<std::int64_t>& stop, source_span span) {
  if ((start && *start < 0) || (stop && *stop < 0)) bad("negative indexing is not supported", span);
  ast::step st;
  st.kind = ast::step_kind::slice;
  st.span = span;
  if (!colon) {
    if (!start) bad("expected an index or a slice", span);
    st.index = true;
    st.start = start;
    st.stop = *start + 1;
    return st;
  }
  st.start = start;
  st.stop = stop;
  return st;
}

}  // namespace sqlweave::grammar
