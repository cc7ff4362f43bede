// SPDX-License-Identifier: MIT
// The shared renderer's text primitives and expression forms.
#include "render/writer.hpp"

#include <md5.h>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace sqlweave::render {
namespace {

std::string_view compare_text(ir::compare_op op) {
  switch (op) {
    case ir::compare_op::eq: return " = ";
    case ir::compare_op::ne: return " <> ";
    case ir::compare_op::lt: return " < ";
    case ir::compare_op::le: return " <= ";
    case ir::compare_op::gt: return " > ";
    case ir::compare_op::ge: return " >= ";
  }
  return " = ";
}

bool integer_like(const ir::expr& e) {
  return e.is_class(type_class::integer) || e.is_class(type_class::boolean);
}

}  // namespace

std::string identifier_text(const dialect_traits& t, std::string_view name) {
  std::string out(name);
  if (t.max_identifier != 0 && out.size() > t.max_identifier) {
    // Django's truncate_name: keep the head, add 4 hex digits of the name's MD5, so the same
    // long name always maps to the same short one (and to the tables Django created).
    char digest[MD5_DIGEST_STRING_LENGTH];
    MD5Data(reinterpret_cast<const std::uint8_t*>(out.data()), out.size(), digest);
    out = out.substr(0, t.max_identifier - 4) + std::string(digest, 4);
  }
  if (t.upper_identifiers)
    for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string wrap_pattern(ir::pattern_wrap wrap, std::string_view text) {
  using ir::pattern_wrap;
  if (wrap == pattern_wrap::none) return std::string(text);
  const bool glob = wrap >= pattern_wrap::glob_contains;
  const bool leading = wrap == pattern_wrap::like_contains || wrap == pattern_wrap::like_endswith ||
                       wrap == pattern_wrap::glob_contains || wrap == pattern_wrap::glob_endswith;
  const bool trailing =
      wrap == pattern_wrap::like_contains || wrap == pattern_wrap::like_startswith ||
      wrap == pattern_wrap::glob_contains || wrap == pattern_wrap::glob_startswith;
  std::string out;
  out.reserve(text.size() + 4);
  if (leading) out.push_back(glob ? '*' : '%');
  for (char c : text) {
    if (glob && (c == '*' || c == '?' || c == '[')) {
      // GLOB has no escape character: a bracket class of one matches the character itself.
      out.push_back('[');
      out.push_back(c);
      out.push_back(']');
      continue;
    }
    if (!glob && (c == '\\' || c == '%' || c == '_')) out.push_back('\\');
    out.push_back(c);
  }
  if (trailing) out.push_back(glob ? '*' : '%');
  return out;
}

writer::writer(const dialect_traits& t, paramstyle style, statement& out,
               std::vector<param_origin>* origins)
    : t_(t),
      style_(style),
      out_(out),
      double_percent_(style == paramstyle::format || style == paramstyle::pyformat),
      origins_(origins) {}

void writer::sql(std::string_view text) {
  if (!double_percent_ || text.find('%') == std::string_view::npos) {
    out_.sql.append(text);
    return;
  }
  for (char c : text) {
    out_.sql.push_back(c);
    if (c == '%') out_.sql.push_back('%');
  }
}

void writer::sql(char c) {
  out_.sql.push_back(c);
  if (c == '%' && double_percent_) out_.sql.push_back('%');
}

void writer::ident(std::string_view name) {
  const bool shorten = t_.max_identifier != 0 && name.size() > t_.max_identifier;
  const std::string shortened = shorten ? identifier_text(t_, name) : std::string();
  const std::string_view shown = shorten ? std::string_view(shortened) : name;
  const bool plain = shown.find(t_.quote_close) == std::string_view::npos &&
                     (!double_percent_ || shown.find('%') == std::string_view::npos);
  if (plain && !t_.upper_identifiers) {
    // The common case: one copy. Identifiers come from the schema, so this is nearly always it.
    // Appended, not resized and overwritten: resize() first fills the new room with zeros.
    out_.sql.push_back(t_.quote_open);
    out_.sql.append(shown);
    out_.sql.push_back(t_.quote_close);
    return;
  }
  out_.sql.push_back(t_.quote_open);
  for (char c : shown) {
    if (t_.upper_identifiers) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    out_.sql.push_back(c);
    if (c == t_.quote_close) out_.sql.push_back(c);  // a quote inside is doubled, never closes
    if (c == '%' && double_percent_) out_.sql.push_back('%');
  }
  out_.sql.push_back(t_.quote_close);
}

void writer::number(std::int64_t n) {
  char digits[24];
  out_.sql.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
}

void writer::placeholder(std::size_t n) {
  // n counts from 1: the parameter just pushed.
  char digits[24];
  const auto number = std::string_view(
      digits,
      static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, n).ptr - digits));
  switch (style_) {
    case paramstyle::qmark: out_.sql.push_back('?'); return;
    case paramstyle::format: out_.sql.append("%s"); return;
    case paramstyle::numeric: out_.sql.push_back(':'); break;
    case paramstyle::dollar: out_.sql.push_back('$'); break;
    case paramstyle::named: out_.sql.append(":p"); break;
    case paramstyle::pyformat: out_.sql.append("%(p"); break;
  }
  out_.sql.append(number);
  if (style_ == paramstyle::pyformat) out_.sql.append(")s");
}

void writer::bind(const ir::expr& param, ir::pattern_wrap wrap) {
  if (const auto* named = param.as<ir::named_parameter>()) {
    out_.slots.push_back({out_.params.size(), std::string(named->name), wrap});
    out_.params.emplace_back();
    placeholder(out_.params.size());
    return;
  }
  const value& v = *param.as<ir::parameter>()->val;
  const bool decimal_cast = t_.decimal_params_need_cast && v.kind() == value_kind::decimal;
  if (decimal_cast) sql("CAST(");
  const param_origin origin{out_.params.size(),
                            &v,
                            wrap,
                            t_.bind_booleans_as_int && v.kind() == value_kind::boolean,
                            !t_.native_duration && v.kind() == value_kind::duration,
                            t_.time_as_datetime && v.kind() == value_kind::time};
  out_.params.push_back(parameter_value(origin, v));
  if (origins_) origins_->push_back(origin);
  placeholder(out_.params.size());
  if (v.kind() == value_kind::duration) sql(t_.duration_param_cast);
  if (decimal_cast) sql(" AS NUMERIC)");
}

value wrapped_value(ir::pattern_wrap wrap, const value& v) {
  if (wrap == ir::pattern_wrap::none) return v;
  return value(wrap_pattern(wrap, v.kind() == value_kind::text ? v.as_text() : v.to_string()));
}

value parameter_value(const param_origin& o, const value& v) {
  if (o.boolean_as_int) return value(v.as_bool() ? 1 : 0);
  if (o.duration_as_micros) return value(v.as_duration().microseconds);
  if (o.time_as_datetime) {
    const auto& t = v.as_time();
    return value(datetime{{1900, 1, 1}, t.hour, t.minute, t.second, t.microsecond});
  }
  return wrapped_value(o.wrap, v);
}

void writer::expr(const ir::expr& e) {
  std::visit([&](const auto& f) { form(e, f); }, e.form);
}

void writer::list(ir::exprs items) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) sql(", ");
    expr(*items[i]);
  }
}

void writer::text_operand(const ir::expr& e) {
  if (!t_.address_text.empty() && e.type == field_type::generic_ip_address_field) {
    sql(t_.address_text);
    sql('(');
    expr(e);
    sql(')');
    return;
  }
  expr(e);
  if (!t_.text_cast.empty() && e.type && !e.is_class(type_class::text)) sql(t_.text_cast);
}

void writer::text_compared(const ir::expr& operand, bool text) {
  if (text && !t_.binary_compare.empty()) sql(t_.binary_compare);
  expr(operand);
}

void writer::standard_cast(const ir::expr& operand, std::string_view type) {
  sql("CAST(");
  expr(operand);
  sql(" AS ");
  sql(type);
  sql(')');
}

void writer::pattern_rhs(const ir::pattern& p, ir::pattern_wrap wrap, bool upper) {
  const ir::expr& rhs = *p.rhs;
  if (rhs.is<ir::parameter>() || rhs.is<ir::named_parameter>()) {
    if (upper) sql("UPPER(");
    bind(rhs, wrap);
    if (upper) sql(')');
    return;
  }
  // The value of an expression is escaped in SQL, as a parameter's is in C++.
  using ir::pattern_op;
  const bool leading = p.op == pattern_op::contains || p.op == pattern_op::icontains ||
                       p.op == pattern_op::endswith || p.op == pattern_op::iendswith;
  const bool trailing = p.op == pattern_op::contains || p.op == pattern_op::icontains ||
                        p.op == pattern_op::startswith || p.op == pattern_op::istartswith;
  const bool function = !t_.concat_operator;
  if (function) sql("CONCAT(");
  auto sep = [&] { sql(function ? ", " : " || "); };
  if (leading) {
    sql("'%'");
    sep();
  }
  if (upper) sql("UPPER(");
  sql("REPLACE(REPLACE(REPLACE(");
  expr(rhs);
  sql(t_.backslash_literals ? ", '\\\\', '\\\\\\\\'), '%', '\\\\%'), '_', '\\\\_')"
                            : ", '\\', '\\\\'), '%', '\\%'), '_', '\\_')");
  if (upper) sql(')');
  if (trailing) {
    sep();
    sql("'%'");
  }
  if (function) sql(')');
}

// ---------------------------------------------------------------- forms

void writer::form(const ir::expr&, const ir::column& c) {
  if (!c.qualified.empty() && c.table->alias.empty()) {
    out_.sql.append(c.qualified);
    return;
  }
  ident(c.table->alias.empty() ? c.table->table : c.table->alias);
  sql('.');
  ident(c.name);
}

void writer::form(const ir::expr& e, const ir::parameter&) {
  bind(e);
}

void writer::form(const ir::expr& e, const ir::named_parameter&) {
  bind(e);
}

void writer::form(const ir::expr&, const ir::null_literal&) {
  sql("NULL");
}

void writer::form(const ir::expr&, const ir::integer& i) {
  number(i.value);
}

void writer::form(const ir::expr&, const ir::star&) {
  sql('*');
}

void writer::form(const ir::expr&, const ir::truth& t) {
  sql(t.value ? "1 = 1" : "1 = 0");
}

void writer::form(const ir::expr&, const ir::alias_ref& r) {
  ident(r.alias);
}

void writer::form(const ir::expr&, const ir::key_list&) {
  params_before_keys_ = out_.params.size();
  out_.sql.push_back(key_list_marker);
}

void writer::form(const ir::expr&, const ir::arithmetic& a) {
  const bool integers = integer_like(*a.lhs) && integer_like(*a.rhs);
  if (a.op == ir::arith_op::div) {
    if (integers && t_.int_division != integer_division::truncates) {
      const bool div = t_.int_division == integer_division::div_operator;
      sql(div ? "(" : "TRUNC(");
      expr(*a.lhs);
      sql(div ? " DIV " : " / ");
      expr(*a.rhs);
      sql(')');
      return;
    }
    if (!integers && t_.divide_as_real) {
      sql("(CAST(");
      expr(*a.lhs);
      sql(" AS REAL) / ");
      expr(*a.rhs);
      sql(')');
      return;
    }
  }
  const arith_form& f = t_.arithmetic[static_cast<std::size_t>(a.op)];
  if (f.render) return f.render(*this, a);
  sql('(');
  expr(*a.lhs);
  sql(f.infix);
  expr(*a.rhs);
  sql(')');
}

void writer::form(const ir::expr&, const ir::negation& n) {
  sql("(-");
  expr(*n.operand);
  sql(')');
}

void writer::form(const ir::expr&, const ir::call& c) {
  const function_form& f = t_.functions[static_cast<std::size_t>(c.fn)];
  if (f.render) return f.render(*this, c);
  sql(f.name);
  if (f.bare) return;
  sql('(');
  list(c.args);
  sql(')');
}

void writer::form(const ir::expr&, const ir::aggregate& a) {
  t_.aggregate(*this, a);
}

namespace {

// The type a CASE result's parameter is cast to where the dialect needs it (typed_case_values):
// bulk_update's column type, else the one the value's Python type gives it, which Django's
// psycopg2 writes as `'2015-01-01'::date` (dates, times, datetimes) or a numeric literal
// (Decimal). Other values need none: null when there is nothing to cast.
const ir::cast_target* case_result_cast(const ir::case_when& c, const ir::expr& result) {
  const auto* p = result.as<ir::parameter>();
  if (!p) return nullptr;
  if (c.typed) return c.typed;
  static constexpr ir::cast_target date{field_type::date_field};
  static constexpr ir::cast_target time{field_type::time_field};
  static constexpr ir::cast_target datetime{field_type::datetime_field};
  static constexpr ir::cast_target decimal{field_type::decimal_field};
  switch (p->val->kind()) {
    case value_kind::date: return &date;
    case value_kind::time: return &time;
    case value_kind::datetime: return &datetime;
    case value_kind::decimal: return &decimal;
    case value_kind::null:
    case value_kind::boolean:
    case value_kind::integer:
    case value_kind::real:
    case value_kind::text:
    case value_kind::duration:
    case value_kind::bytes: return nullptr;
  }
  return nullptr;
}

}  // namespace

void writer::case_result(const ir::case_when& c, ir::expr* result) {
  const ir::cast_target* target = t_.typed_case_values ? case_result_cast(c, *result) : nullptr;
  if (target)
    form(*result, ir::cast{*target, result});
  else
    expr(*result);
}

void writer::form(const ir::expr&, const ir::case_when& c) {
  sql("CASE");
  for (const auto& w : c.whens) {
    sql(" WHEN ");
    expr(*w.condition);
    sql(" THEN ");
    case_result(c, w.result);
  }
  if (c.typed && !c.otherwise) {
    sql(" END");
    return;
  }
  sql(" ELSE ");
  if (c.otherwise)
    case_result(c, c.otherwise);
  else
    sql("NULL");
  sql(" END");
}

void writer::form(const ir::expr&, const ir::compare& c) {
  // Oracle stores '' as NULL, so = '' can never match: Django asks IS NULL instead.
  if (t_.empty_string_is_null && c.op == ir::compare_op::eq) {
    const auto* p = c.rhs->as<ir::parameter>();
    if (p && p->val->kind() == value_kind::text && p->val->as_text().empty()) {
      expr(*c.lhs);
      sql(" IS NULL");
      return;
    }
  }
  expr(*c.lhs);
  sql(compare_text(c.op));
  text_compared(*c.rhs, c.op == ir::compare_op::eq && c.lhs->is_class(type_class::text));
}

void writer::form(const ir::expr& e, const ir::pattern& p) {
  t_.pattern(*this, e, p);
}

void writer::form(const ir::expr& e, const ir::regex& r) {
  t_.regex(*this, e, r);
}

void writer::form(const ir::expr&, const ir::in_list& in) {
  const auto& items = in.items;
  const std::size_t chunk = t_.max_in_list == 0 ? items.size() : t_.max_in_list;
  const bool text = in.lhs->is_class(type_class::text);
  const bool split = items.size() > chunk;
  if (split) sql('(');
  for (std::size_t start = 0; start < items.size(); start += chunk) {
    if (start > 0) sql(" OR ");
    expr(*in.lhs);
    sql(" IN (");
    for (std::size_t i = start; i < std::min(items.size(), start + chunk); ++i) {
      if (i > start) sql(", ");
      text_compared(*items[i], text);
    }
    sql(')');
  }
  if (split) sql(')');
}

void writer::form(const ir::expr&, const ir::in_subquery& in) {
  // MySQL cannot read the table a statement writes, except through a derived table.
  const bool wrap = in.reads_written_table && t_.wrap_self_subquery;
  expr(*in.lhs);
  sql(wrap ? " IN (SELECT * FROM (" : " IN (");
  select(*in.sub);
  sql(wrap ? ") subquery)" : ")");
}

void writer::form(const ir::expr&, const ir::between& b) {
  expr(*b.lhs);
  sql(" BETWEEN ");
  expr(*b.low);
  sql(" AND ");
  expr(*b.high);
}

void writer::form(const ir::expr&, const ir::is_null& n) {
  expr(*n.operand);
  sql(n.negated ? " IS NOT NULL" : " IS NULL");
}

void writer::form(const ir::expr&, const ir::junction& j) {
  if (j.parts.size() > 1) sql('(');
  for (std::size_t i = 0; i < j.parts.size(); ++i) {
    if (i > 0) sql(j.any ? " OR " : " AND ");
    expr(*j.parts[i]);
  }
  if (j.parts.size() > 1) sql(')');
}

void writer::form(const ir::expr&, const ir::logical_not& n) {
  sql(n.bare ? "NOT " : "NOT (");
  expr(*n.operand);
  if (!n.bare) sql(')');
}

void writer::form(const ir::expr&, const ir::exists& x) {
  sql("EXISTS(");
  select(*x.sub);
  sql(')');
}

void writer::form(const ir::expr&, const ir::scalar_subquery& s) {
  sql('(');
  select(*s.sub);
  sql(')');
}

void writer::form(const ir::expr&, const ir::extract& x) {
  const extract_form& f = t_.extracts[static_cast<std::size_t>(x.part)];
  if (f.render) return f.render(*this, *x.operand);
  sql("EXTRACT(");
  sql(f.field);
  sql(" FROM ");
  expr(*x.operand);
  sql(')');
}

void writer::form(const ir::expr& e, const ir::trunc& t) {
  t_.trunc(*this, e, t);
}

void writer::form(const ir::expr&, const ir::cast& c) {
  const cast_form& f = t_.casts[static_cast<std::size_t>(c.target.type)];
  if (f.render) return f.render(*this, c);
  const bool decimal = c.target.type == field_type::decimal_field;
  const bool sized = f.sized && (decimal ? c.target.max_digits > 0 : c.target.max_length > 0);
  if (!sized) return standard_cast(*c.operand, f.unsized.empty() ? f.type : f.unsized);
  sql("CAST(");
  expr(*c.operand);
  sql(" AS ");
  sql(f.type);
  sql('(');
  if (decimal) {
    number(c.target.max_digits);
    sql(", ");
    number(c.target.decimal_places);
  } else {
    number(c.target.max_length);
  }
  sql("))");
}

void writer::form(const ir::expr&, const ir::collate& c) {
  expr(*c.operand);
  sql(" COLLATE ");
  ident(c.name);
}

void writer::form(const ir::expr&, const ir::raw_sql& r) {
  for (const auto& p : r.pieces) {
    if (p.value)
      expr(*p.value);
    else
      sql(p.text);  // trusted text, written as given (a % doubled in the format styles)
  }
}

void writer::form(const ir::expr&, const ir::window_call& c) {
  static constexpr std::string_view names[] = {
      "ROW_NUMBER", "RANK", "DENSE_RANK",  "PERCENT_RANK", "CUME_DIST", "NTILE",
      "LAG",        "LEAD", "FIRST_VALUE", "LAST_VALUE",   "NTH_VALUE"};
  sql(names[static_cast<std::size_t>(c.fn)]);
  sql('(');
  list(c.args);
  sql(')');
}

void writer::form(const ir::expr&, const ir::window& w) {
  expr(*w.function);
  sql(" OVER (");
  std::string_view gap;
  if (!w.partition_by.empty()) {
    sql("PARTITION BY ");
    list(w.partition_by);
    gap = " ";
  }
  if (!w.order_by.empty()) {
    sql(gap);
    sql("ORDER BY ");
    order_terms(w.order_by);
    gap = " ";
  }
  if (w.frame) {
    sql(gap);
    sql(w.frame->rows ? "ROWS BETWEEN " : "RANGE BETWEEN ");
    auto point = [&](const std::optional<std::int64_t>& at, std::string_view unbounded) {
      if (!at) return sql(unbounded);
      if (*at == 0) return sql("CURRENT ROW");
      number(*at < 0 ? -*at : *at);
      sql(*at < 0 ? " PRECEDING" : " FOLLOWING");
    };
    point(w.frame->start, "UNBOUNDED PRECEDING");
    sql(" AND ");
    point(w.frame->end, "UNBOUNDED FOLLOWING");
  }
  sql(')');
}

void writer::quoted_text(const ir::expr& param) {
  const value& v = *param.as<ir::parameter>()->val;
  const std::string text = v.kind() == value_kind::text ? v.as_text() : v.to_string();
  sql('\'');
  for (char c : text) {
    if (c == '\'') sql('\'');
    sql(c);
  }
  sql('\'');
}

void writer::form(const ir::expr&, const ir::temporal& t) {
  t_.temporal(*this, t);
}

void writer::form(const ir::expr&, const ir::json_key& k) {
  t_.json_key(*this, k);
}

void writer::form(const ir::expr&, const ir::json_value& v) {
  t_.json_value(*this, v);
}

void writer::form(const ir::expr&, const ir::json_unquote& u) {
  t_.json_unquote(*this, u);
}

void writer::form(const ir::expr&, const ir::json_test& t) {
  t_.json_test(*this, t);
}

}  // namespace sqlweave::render
