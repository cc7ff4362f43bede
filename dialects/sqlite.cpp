// SPDX-License-Identifier: MIT
// SQLite: what differs from the shared renderer. SQLite keeps dates as ISO text, so date parts
// are strftime() over that text; it has no case-sensitive LIKE, so case-sensitive patterns use
// GLOB; REGEXP calls a host function (sqlweave registers one on connections it opens).
#include <fmt/format.h>

#include "render/dialect.hpp"
#include "render/writer.hpp"
#include "sqlweave/error.hpp"

namespace sqlweave::render {
namespace {

void pattern(writer& w, const ir::node& n) {
  const auto op = static_cast<ir::pattern_op>(n.op);
  if (case_insensitive(op)) {
    // LIKE folds ASCII letters only: SQLite has no Unicode case folding without ICU.
    w.expr(*n.a);
    w.sql(" LIKE ");
    w.pattern_rhs(n, like_transform(op), false);
    w.sql(" ESCAPE '\\'");
    return;
  }
  if (n.b->kind == ir::kind::param) {
    // GLOB is case-sensitive; its wildcards are escaped in the parameter by the transform.
    w.expr(*n.a);
    w.sql(" GLOB ");
    w.bind(*n.b, op == ir::pattern_op::contains     ? param_transform::glob_contains
                 : op == ir::pattern_op::startswith ? param_transform::glob_startswith
                                                    : param_transform::glob_endswith);
    return;
  }
  // Against an expression: compare substrings, no wildcards to escape.
  if (op == ir::pattern_op::endswith) {
    w.sql("substr(");
    w.expr(*n.a);
    w.sql(", -length(");
    w.expr(*n.b);
    w.sql(")) = ");
    w.expr(*n.b);
    return;
  }
  w.sql("instr(");
  w.expr(*n.a);
  w.sql(", ");
  w.expr(*n.b);
  w.sql(op == ir::pattern_op::contains ? ") > 0" : ") = 1");
}

void regex(writer& w, const ir::node& n) {
  w.expr(*n.a);
  w.sql(n.flag ? " REGEXP '(?i)' || " : " REGEXP ");
  w.expr(*n.b);
}

void strftime_int(writer& w, std::string_view format, const ir::node& a) {
  w.sql("CAST(strftime('");
  w.sql(format);
  w.sql("', ");
  w.expr(a);
  w.sql(") AS INTEGER)");
}

void extract(writer& w, ir::date_part part, const ir::node& a) {
  switch (part) {
    case ir::date_part::year: return strftime_int(w, "%Y", a);
    case ir::date_part::month: return strftime_int(w, "%m", a);
    case ir::date_part::day: return strftime_int(w, "%d", a);
    case ir::date_part::hour: return strftime_int(w, "%H", a);
    case ir::date_part::minute: return strftime_int(w, "%M", a);
    case ir::date_part::second: return strftime_int(w, "%S", a);
    case ir::date_part::quarter:
      w.sql("((");
      strftime_int(w, "%m", a);
      w.sql(" + 2) / 3)");
      return;
    case ir::date_part::week_day:
      w.sql("(");
      strftime_int(w, "%w", a);
      w.sql(" + 1)");
      return;
    case ir::date_part::iso_week_day:
      w.sql("(((");
      strftime_int(w, "%w", a);
      w.sql(" + 6) % 7) + 1)");
      return;
    case ir::date_part::week:
    case ir::date_part::iso_year:
      // The ISO week and its year are those of the week's Thursday.
      w.sql(part == ir::date_part::week ? "((CAST(strftime('%j', date("
                                        : "CAST(strftime('%Y', date(");
      w.expr(a);
      w.sql(part == ir::date_part::week ? ", '-3 days', 'weekday 4')) AS INTEGER) - 1) / 7 + 1)"
                                        : ", '-3 days', 'weekday 4')) AS INTEGER)");
      return;
    case ir::date_part::date:
      w.sql("date(");
      w.expr(a);
      w.sql(')');
      return;
    case ir::date_part::time:
      w.sql("time(");
      w.expr(a);
      w.sql(')');
      return;
  }
}

void trunc(writer& w, ir::date_part part, const ir::node& a, type_class result) {
  const bool dt = result == type_class::datetime;
  auto format = [&](std::string_view date_fmt, std::string_view datetime_fmt) {
    w.sql("strftime('");
    w.sql(dt ? datetime_fmt : date_fmt);
    w.sql("', ");
    w.expr(a);
    w.sql(')');
  };
  switch (part) {
    case ir::date_part::year: return format("%Y-01-01", "%Y-01-01 00:00:00");
    case ir::date_part::month: return format("%Y-%m-01", "%Y-%m-01 00:00:00");
    case ir::date_part::day: return format("%Y-%m-%d", "%Y-%m-%d 00:00:00");
    case ir::date_part::hour: return format("%Y-%m-%d %H:00:00", "%Y-%m-%d %H:00:00");
    case ir::date_part::minute: return format("%Y-%m-%d %H:%M:00", "%Y-%m-%d %H:%M:00");
    case ir::date_part::second: return format("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S");
    case ir::date_part::week:
      // Monday of the week: forward to Sunday (or stay), then back six days.
      w.sql(dt ? "datetime(date(" : "date(");
      w.expr(a);
      w.sql(dt ? ", 'weekday 0', '-6 days'))" : ", 'weekday 0', '-6 days')");
      return;
    case ir::date_part::quarter:
      w.sql("printf('");
      w.sql(dt ? "%04d-%02d-01 00:00:00" : "%04d-%02d-01");
      w.sql("', ");
      strftime_int(w, "%Y", a);
      w.sql(", ((");
      strftime_int(w, "%m", a);
      w.sql(" - 1) / 3) * 3 + 1)");
      return;
    case ir::date_part::date:
    case ir::date_part::time:
    default: return extract(w, part, a);
  }
}

void function(writer& w, const ir::node& n) {
  const auto& args = *n.items;
  switch (static_cast<ir::fn>(n.op)) {
    case ir::fn::greatest:
    case ir::fn::least:
      // SQLite's multi-argument MAX/MIN are the scalar GREATEST/LEAST (NULL if any is NULL).
      w.sql(static_cast<ir::fn>(n.op) == ir::fn::greatest ? "MAX(" : "MIN(");
      w.list(args);
      w.sql(')');
      return;
    case ir::fn::strindex:
      w.sql("INSTR(");
      w.list(args);
      w.sql(')');
      return;
    case ir::fn::left:
    case ir::fn::right:
      w.sql("SUBSTR(");
      w.expr(*args[0]);
      w.sql(static_cast<ir::fn>(n.op) == ir::fn::left ? ", 1, " : ", -(");
      w.expr(*args[1]);
      w.sql(static_cast<ir::fn>(n.op) == ir::fn::left ? ")" : "))");
      return;
    case ir::fn::now: w.sql("STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')"); return;
    case ir::fn::repeat:
    case ir::fn::lpad:
    case ir::fn::rpad:
    case ir::fn::reverse:
      fail(error_code::unsupported, "SQLite has no built-in REPEAT, LPAD, RPAD or REVERSE");
    default: return;
  }
}

void cast(writer& w, const ir::node& n) {
  switch (static_cast<field_type>(n.op)) {
    case field_type::date_field:
      w.sql("date(");
      w.expr(*n.a);
      w.sql(')');
      return;
    case field_type::datetime_field:
      w.sql("datetime(");
      w.expr(*n.a);
      w.sql(')');
      return;
    case field_type::float_field: return w.standard_cast(n, "real");
    case field_type::decimal_field:
      if (n.number > 0) {
        // SQLite keeps every digit; the other databases round to the declared places.
        w.sql("ROUND(CAST(");
        w.expr(*n.a);
        w.sql(" AS decimal), ");
        w.number(n.number % 1000);
        w.sql(')');
        return;
      }
      return w.standard_cast(n, "decimal");
    case field_type::char_field:
    case field_type::email_field:
    case field_type::slug_field:
    case field_type::url_field:
      if (n.number > 0) {
        // SQLite ignores a declared length; the other databases cut the text to it.
        w.sql("SUBSTR(CAST(");
        w.expr(*n.a);
        w.sql(" AS text), 1, ");
        w.number(n.number);
        w.sql(')');
        return;
      }
      return w.standard_cast(n, "text");
    case field_type::text_field:
    case field_type::uuid_field:
    case field_type::time_field: return w.standard_cast(n, "text");
    case field_type::big_integer_field:
    case field_type::big_auto_field: return w.standard_cast(n, "bigint");
    case field_type::boolean_field: return w.standard_cast(n, "bool");
    default:
      if (n.a->typed && (n.a->type == type_class::real || n.a->type == type_class::decimal)) {
        // SQLite's CAST truncates; the other databases round a fraction to an integer.
        w.sql("CAST(ROUND(");
        w.expr(*n.a);
        w.sql(") AS integer)");
        return;
      }
      return w.standard_cast(n, "integer");
  }
}

void stddev_variance(writer& w, const ir::node& n) {
  // SQLite has no STDDEV/VARIANCE: var_pop = avg(x²) - avg(x)², var_samp = var_pop·n/(n-1).
  const auto f = static_cast<ir::agg_fn>(n.op);
  const bool sample = f == ir::agg_fn::stddev_samp || f == ir::agg_fn::var_samp;
  const bool root = f == ir::agg_fn::stddev_samp || f == ir::agg_fn::stddev_pop;
  auto operand = [&] {
    if (!n.b) return w.expr(*n.a);
    w.sql("CASE WHEN ");
    w.expr(*n.b);
    w.sql(" THEN ");
    w.expr(*n.a);
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

std::string column_type(const field& f) {
  switch (f.type) {
    case field_type::auto_field:
    case field_type::big_auto_field: return "integer NOT NULL PRIMARY KEY AUTOINCREMENT";
    case field_type::char_field:
    case field_type::email_field:
    case field_type::slug_field:
    case field_type::url_field:
      return fmt::format("varchar({})", f.max_length > 0 ? f.max_length : 255);
    case field_type::text_field: return "text";
    case field_type::big_integer_field: return "bigint";
    case field_type::small_integer_field: return "smallint";
    case field_type::positive_integer_field: return "integer unsigned";
    case field_type::float_field: return "real";
    case field_type::decimal_field: return "decimal";
    case field_type::boolean_field: return "bool";
    case field_type::date_field: return "date";
    case field_type::datetime_field: return "datetime";
    case field_type::time_field: return "time";
    case field_type::uuid_field: return "char(32)";
    default: return "integer";
  }
}

void division(writer& w, const ir::node& a, const ir::node& b, bool integers) {
  if (integers) return;  // integer / integer already truncates
  // A decimal column stores a whole value as an INTEGER ('100.00' -> 100), which would make
  // the division truncate: divide as reals.
  w.sql("(CAST(");
  w.expr(a);
  w.sql(" AS REAL) / ");
  w.expr(b);
  w.sql(')');
}

}  // namespace

extern const dialect_traits sqlite_traits{
    .id = dialect_id::sqlite,
    .name = "sqlite",
    .quote_open = '"',
    .quote_close = '"',
    .upper_identifiers = false,
    .max_identifier = 0,
    .limit = limit_style::limit_offset,
    .no_limit = "-1",  // SQLite needs a LIMIT before OFFSET
    .empty_string_is_null = false,
    .select_booleans = true,
    .bind_booleans_as_int = false,
    .filter_clause = true,   // SQLite >= 3.30
    .nulls_modifier = true,  // SQLite >= 3.30
    .decimal_params_need_cast = true,
    .max_in_list = 0,
    .concat_function = false,
    .backslash_literals = false,
    .mod_function = false,
    .wrap_self_subquery = false,
    .cast_case_values = false,
    .returning = true,
    .pattern = pattern,
    .regex = regex,
    .extract = extract,
    .trunc = trunc,
    .function = function,
    .cast = cast,
    .division = division,
    .stddev_variance = stddev_variance,
    .case_sensitive_operand = nullptr,
    .column_type = column_type,
    .insert = nullptr,
};

}  // namespace sqlweave::render
