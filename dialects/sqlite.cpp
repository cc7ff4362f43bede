// SPDX-License-Identifier: MIT
// SQLite: what differs from the shared renderer. SQLite keeps dates as ISO text, so date parts
// are strftime() over that text; its LIKE ignores case (ASCII only: no Unicode folding without
// ICU), so case-sensitive patterns use GLOB; REGEXP calls a host function (sqlweave registers
// one on the connections it opens); there is no STDDEV/VARIANCE.
#include <fmt/format.h>

#include "render/dialect.hpp"
#include "render/writer.hpp"

namespace sqlweave::render {
namespace {

void pattern(writer& w, const ir::expr& node, const ir::pattern& p) {
  using ir::pattern_op;
  if (p.op != pattern_op::contains && p.op != pattern_op::startswith &&
      p.op != pattern_op::endswith)
    return like_pattern(w, node, p);
  if (p.rhs->is<ir::parameter>() || p.rhs->is<ir::named_parameter>()) {
    // GLOB is case-sensitive; its wildcards are escaped in the parameter by the wrapping.
    w.expr(*p.lhs);
    w.sql(" GLOB ");
    w.bind(*p.rhs, p.op == pattern_op::contains     ? ir::pattern_wrap::glob_contains
                   : p.op == pattern_op::startswith ? ir::pattern_wrap::glob_startswith
                                                    : ir::pattern_wrap::glob_endswith);
    return;
  }
  // Against an expression: compare substrings, no wildcards to escape.
  if (p.op == pattern_op::endswith) {
    w.sql("substr(");
    w.expr(*p.lhs);
    w.sql(", -length(");
    w.expr(*p.rhs);
    w.sql(")) = ");
    w.expr(*p.rhs);
    return;
  }
  w.sql("instr(");
  w.expr(*p.lhs);
  w.sql(", ");
  w.expr(*p.rhs);
  w.sql(p.op == pattern_op::contains ? ") > 0" : ") = 1");
}

void strftime_int(writer& w, std::string_view format, const ir::expr& a) {
  w.sql("CAST(strftime('");
  w.sql(format);
  w.sql("', ");
  w.expr(a);
  w.sql(") AS INTEGER)");
}

template <std::string_view const& format>
void strftime_part(writer& w, const ir::expr& a) {
  strftime_int(w, format, a);
}

constexpr std::string_view year_format = "%Y", month_format = "%m", day_format = "%d",
                           hour_format = "%H", minute_format = "%M", second_format = "%S";

void quarter(writer& w, const ir::expr& a) {
  w.sql("((");
  strftime_int(w, "%m", a);
  w.sql(" + 2) / 3)");
}

void week_day(writer& w, const ir::expr& a) {
  w.sql("(");
  strftime_int(w, "%w", a);
  w.sql(" + 1)");
}

void iso_week_day(writer& w, const ir::expr& a) {
  w.sql("(((");
  strftime_int(w, "%w", a);
  w.sql(" + 6) % 7) + 1)");
}

// The ISO week and its year are those of the week's Thursday.
void iso_week(writer& w, const ir::expr& a) {
  w.sql("((CAST(strftime('%j', date(");
  w.expr(a);
  w.sql(", '-3 days', 'weekday 4')) AS INTEGER) - 1) / 7 + 1)");
}

void iso_year(writer& w, const ir::expr& a) {
  w.sql("CAST(strftime('%Y', date(");
  w.expr(a);
  w.sql(", '-3 days', 'weekday 4')) AS INTEGER)");
}

void trunc(writer& w, const ir::expr& node, const ir::trunc& t) {
  const ir::expr& a = *t.operand;
  const bool dt = node.is_class(type_class::datetime);
  const bool tm = node.is_class(type_class::time);
  auto format = [&](std::string_view date_fmt, std::string_view datetime_fmt) {
    w.sql("strftime('");
    // A time of day keeps the time part of the format: '%H:00:00'.
    w.sql(tm ? datetime_fmt.substr(datetime_fmt.find(' ') + 1) : dt ? datetime_fmt : date_fmt);
    w.sql("', ");
    w.expr(a);
    w.sql(')');
  };
  switch (t.kind) {
    case ir::trunc_kind::year: return format("%Y-01-01", "%Y-01-01 00:00:00");
    case ir::trunc_kind::month: return format("%Y-%m-01", "%Y-%m-01 00:00:00");
    case ir::trunc_kind::day: return format("%Y-%m-%d", "%Y-%m-%d 00:00:00");
    case ir::trunc_kind::hour: return format("%Y-%m-%d %H:00:00", "%Y-%m-%d %H:00:00");
    case ir::trunc_kind::minute: return format("%Y-%m-%d %H:%M:00", "%Y-%m-%d %H:%M:00");
    case ir::trunc_kind::second: return format("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S");
    case ir::trunc_kind::week:
      // Monday of the week: forward to Sunday (or stay), then back six days.
      w.sql(dt ? "datetime(date(" : "date(");
      w.expr(a);
      w.sql(dt ? ", 'weekday 0', '-6 days'))" : ", 'weekday 0', '-6 days')");
      return;
    case ir::trunc_kind::quarter:
      w.sql("printf('");
      w.sql(dt ? "%04d-%02d-01 00:00:00" : "%04d-%02d-01");
      w.sql("', ");
      strftime_int(w, "%Y", a);
      w.sql(", ((");
      strftime_int(w, "%m", a);
      w.sql(" - 1) / 3) * 3 + 1)");
      return;
    case ir::trunc_kind::date:
      w.sql("date(");
      w.expr(a);
      w.sql(')');
      return;
    case ir::trunc_kind::time:
      // time() drops the microseconds, which Django's django_datetime_cast_time keeps: they are
      // the stored text's '.ffffff' after 'YYYY-MM-DD HH:MM:SS'.
      w.sql("(time(");
      w.expr(a);
      w.sql(") || substr(");
      w.expr(a);
      w.sql(", 20, 7))");
      return;
  }
}

// SQLite's multi-argument MAX/MIN are the scalar GREATEST/LEAST (NULL if any is NULL). The
// math, padding, REPEAT, REVERSE, hash and RAND functions are the ones Django's backend
// registers on its connections; sqlite::register_functions() registers the same.
constexpr function_forms functions = merged<ir::function>(
    default_functions,
    {
        {ir::function::greatest, {"MAX"}},
        {ir::function::least, {"MIN"}},
        {ir::function::substr, {"SUBSTR"}},
        {ir::function::left, {{}, left_via_substr}},
        {ir::function::right, {{}, right_via_substr}},
        {ir::function::now, {"STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')", nullptr, true}},
        {ir::function::ord, {"UNICODE"}},
        {ir::function::chr, {"CHAR"}},
        {ir::function::rand, {"RAND"}},
    });

// No XOR operator: BITXOR(a, b), the function Django's backend registers for it (and
// sqlite::register_functions() too).
void bitxor(writer& w, const ir::arithmetic& a) {
  w.sql("BITXOR(");
  w.expr(*a.lhs);
  w.sql(", ");
  w.expr(*a.rhs);
  w.sql(')');
}

constexpr arith_forms arithmetic =
    merged<ir::arith_op>(default_arithmetic, {{ir::arith_op::bit_xor, {{}, bitxor}}});

constexpr extract_forms extracts = merged<ir::date_part>(
    default_extracts, {
                          {ir::date_part::year, {{}, strftime_part<year_format>}},
                          {ir::date_part::month, {{}, strftime_part<month_format>}},
                          {ir::date_part::day, {{}, strftime_part<day_format>}},
                          {ir::date_part::hour, {{}, strftime_part<hour_format>}},
                          {ir::date_part::minute, {{}, strftime_part<minute_format>}},
                          {ir::date_part::second, {{}, strftime_part<second_format>}},
                          {ir::date_part::quarter, {{}, quarter}},
                          {ir::date_part::week_day, {{}, week_day}},
                          {ir::date_part::iso_week_day, {{}, iso_week_day}},
                          {ir::date_part::week, {{}, iso_week}},
                          {ir::date_part::iso_year, {{}, iso_year}},
                      });

// Django's Cast.as_sqlite: date() for a date; strftime() for datetimes and times, which keeps
// the fraction of a second that datetime() and time() drop.
void date_cast(writer& w, const ir::cast& c) {
  switch (c.target.type) {
    case field_type::date_field: w.sql("date("); break;
    case field_type::time_field: w.sql("strftime('%H:%M:%f', "); break;
    default: w.sql("strftime('%Y-%m-%d %H:%M:%f', ");
  }
  w.expr(*c.operand);
  w.sql(')');
}

// SQLite keeps every digit; the other databases round to the declared places.
void decimal_cast(writer& w, const ir::cast& c) {
  if (c.target.max_digits <= 0) return w.standard_cast(*c.operand, "decimal");
  w.sql("ROUND(CAST(");
  w.expr(*c.operand);
  w.sql(" AS decimal), ");
  w.number(c.target.decimal_places);
  w.sql(')');
}

// SQLite ignores a declared length; the other databases cut the text to it.
void text_cast(writer& w, const ir::cast& c) {
  if (c.target.max_length <= 0) return w.standard_cast(*c.operand, "text");
  w.sql("SUBSTR(CAST(");
  w.expr(*c.operand);
  w.sql(" AS text), 1, ");
  w.number(c.target.max_length);
  w.sql(')');
}

// SQLite's CAST truncates; the other databases round a fraction to an integer.
void integer_cast(writer& w, const ir::cast& c) {
  if (!c.operand->is_class(type_class::real) && !c.operand->is_class(type_class::decimal))
    return w.standard_cast(*c.operand, "integer");
  w.sql("CAST(ROUND(");
  w.expr(*c.operand);
  w.sql(") AS integer)");
}

constexpr cast_form text_form{{}, false, {}, text_cast};
constexpr cast_form integer_form{{}, false, {}, integer_cast};

constexpr cast_forms casts =
    merged<field_type>(with_varchar_cast(default_casts, text_form),
                       {
                           {field_type::date_field, {{}, false, {}, date_cast}},
                           {field_type::datetime_field, {{}, false, {}, date_cast}},
                           {field_type::float_field, {"real"}},
                           {field_type::decimal_field, {{}, false, {}, decimal_cast}},
                           {field_type::text_field, {"text"}},
                           {field_type::uuid_field, {"text"}},
                           {field_type::time_field, {{}, false, {}, date_cast}},
                           {field_type::json_field, {"text"}},
                           {field_type::duration_field, {"bigint"}},
                           {field_type::binary_field, {"blob"}},
                           {field_type::boolean_field, {"bool"}},
                           {field_type::null_boolean_field, {"bool"}},
                           {field_type::positive_big_integer_field, {"bigint"}},
                           {field_type::auto_field, integer_form},
                           {field_type::small_auto_field, integer_form},
                           {field_type::integer_field, integer_form},
                           {field_type::small_integer_field, integer_form},
                           {field_type::positive_integer_field, integer_form},
                           {field_type::positive_small_integer_field, integer_form},
                           {field_type::foreign_key, integer_form},
                           {field_type::one_to_one, integer_form},
                           {field_type::many_to_many, integer_form},
                       });

// No STDDEV/VARIANCE: var_pop = avg(x²) - avg(x)², var_samp = var_pop·n/(n-1).
void aggregate(writer& w, const ir::aggregate& a) {
  using ir::aggregate_fn;
  if (a.fn < aggregate_fn::stddev_samp) return standard_aggregate(w, a);
  const bool sample = a.fn == aggregate_fn::stddev_samp || a.fn == aggregate_fn::var_samp;
  const bool root = a.fn == aggregate_fn::stddev_samp || a.fn == aggregate_fn::stddev_pop;
  auto operand = [&] {
    if (!a.filter) return w.expr(*a.arg);
    w.sql("CASE WHEN ");
    w.expr(*a.filter);
    w.sql(" THEN ");
    w.expr(*a.arg);
    w.sql(" END");
  };
  auto agg = [&](std::string_view fn, bool square) {
    w.sql(fn);
    w.sql("((");
    operand();
    if (square) {
      w.sql(") * (");
      operand();
    }
    w.sql(") * 1.0)");
  };
  if (root) w.sql("SQRT(");
  w.sql("((");
  agg("AVG", true);
  w.sql(" - ");
  agg("AVG", false);
  w.sql(" * ");
  agg("AVG", false);
  w.sql(")");
  if (sample) {
    w.sql(" * ");
    agg("COUNT", false);
    w.sql(" / (");
    agg("COUNT", false);
    w.sql(" - 1)");
  }
  w.sql(")");
  if (root) w.sql(")");
}

// Date and time arithmetic through the functions Django's SQLite backend registers, which
// sqlweave's SQLite connections register too (sqlweave/sqlite.hpp): dates and times are text.
void temporal(writer& w, const ir::temporal& t) {
  if (t.op == ir::temporal_op::shift) {
    w.sql(t.subtract ? "(django_format_dtdelta('-', " : "(django_format_dtdelta('+', ");
    w.expr(*t.lhs);
    w.sql(", ");
    w.expr(*t.rhs);
    w.sql("))");
    return;
  }
  w.sql(t.lhs->is_class(type_class::time) ? "django_time_diff(" : "django_timestamp_diff(");
  w.expr(*t.lhs);
  w.sql(", ");
  w.expr(*t.rhs);
  w.sql(')');
}

constexpr dialect_traits traits{
    .id = dialect_id::sqlite,
    .name = "sqlite",
    .max_parameters = 32766,
    .decimal_params_need_cast = true,
    .no_limit = "-1",                       // SQLite needs a LIMIT before OFFSET
    .pk_default_value = "NULL",             // no DEFAULT keyword in VALUES
    .parenthesized_compound_parts = false,  // no ORDER BY or LIMIT in a UNION's parts
    .nested_compound_parens = false,
    .window_spread = false,  // STDDEV/VARIANCE are computed from AVG(), which OVER cannot hold
    .row_locks = false,      // a write transaction locks the whole database
    .explain_prefix = "EXPLAIN QUERY PLAN",  // no formats, no options (Django's)
    .json_contains = false,                  // Django 3.2: no JSON containment on SQLite
    .divide_as_real = true,  // a whole decimal is stored as an INTEGER ('100.00' -> 100)
    .like_folds_case = true,
    .like_escape = " ESCAPE '\\'",  // SQLite's LIKE has no default escape character
    .arithmetic = arithmetic,
    .functions = functions,
    .extracts = extracts,
    .casts = casts,
    .pattern = pattern,
    .aggregate = aggregate,
    .trunc = trunc,
    .temporal = temporal,
};

}  // namespace

const dialect_traits& sqlite_dialect() {
  return traits;
}

}  // namespace sqlweave::render
