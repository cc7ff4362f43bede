// SPDX-License-Identifier: MIT
// MySQL/MariaDB: what differs from the shared renderer. Comparisons follow the column collation
// (case-insensitive by default), so case-sensitive lookups compare BINARY; `||` is OR, so
// concatenation is CONCAT(); integer `/` gives a decimal, so integer division is DIV.
#include <fmt/format.h>

#include "render/dialect.hpp"
#include "render/writer.hpp"

namespace sqlweave::render {
namespace {

void pattern(writer& w, const ir::node& n) {
  const auto op = static_cast<ir::pattern_op>(n.op);
  w.expr(*n.a);
  // LIKE's default escape character is `\` here, as in the transform.
  w.sql(case_insensitive(op) ? " LIKE " : " LIKE BINARY ");
  w.pattern_rhs(n, like_transform(op), false);
}

void regex(writer& w, const ir::node& n) {
  w.expr(*n.a);
  w.sql(n.flag ? " REGEXP " : " REGEXP BINARY ");
  w.expr(*n.b);
}

void call1(writer& w, std::string_view fn, const ir::node& a, std::string_view tail = ")") {
  w.sql(fn);
  w.expr(a);
  w.sql(tail);
}

void extract(writer& w, ir::date_part part, const ir::node& a) {
  switch (part) {
    case ir::date_part::week_day: return call1(w, "DAYOFWEEK(", a);
    case ir::date_part::iso_week_day: return call1(w, "(WEEKDAY(", a, ") + 1)");
    case ir::date_part::week: return call1(w, "WEEK(", a, ", 3)");
    case ir::date_part::iso_year: return call1(w, "(YEARWEEK(", a, ", 3) DIV 100)");
    case ir::date_part::date: return call1(w, "DATE(", a);
    case ir::date_part::time: return call1(w, "TIME(", a);
    default:
      w.sql("EXTRACT(");
      w.sql(extract_field(part));
      w.sql(" FROM ");
      w.expr(a);
      w.sql(')');
  }
}

void trunc(writer& w, ir::date_part part, const ir::node& a, type_class result) {
  const bool dt = result == type_class::datetime;
  auto formatted = [&](std::string_view date_fmt, std::string_view datetime_fmt) {
    w.sql("CAST(DATE_FORMAT(");
    w.expr(a);
    w.sql(", '");
    w.sql(dt ? datetime_fmt : date_fmt);
    w.sql(dt ? "') AS DATETIME)" : "') AS DATE)");
  };
  switch (part) {
    case ir::date_part::year: return formatted("%Y-01-01", "%Y-01-01 00:00:00");
    case ir::date_part::month: return formatted("%Y-%m-01", "%Y-%m-01 00:00:00");
    case ir::date_part::day: return formatted("%Y-%m-%d", "%Y-%m-%d 00:00:00");
    case ir::date_part::hour: return formatted("%Y-%m-%d %H:00:00", "%Y-%m-%d %H:00:00");
    case ir::date_part::minute: return formatted("%Y-%m-%d %H:%i:00", "%Y-%m-%d %H:%i:00");
    case ir::date_part::second: return formatted("%Y-%m-%d %H:%i:%s", "%Y-%m-%d %H:%i:%s");
    case ir::date_part::quarter:
      if (dt) w.sql("CAST(");
      call1(w, "MAKEDATE(YEAR(", a, "), 1) + INTERVAL QUARTER(");
      w.expr(a);
      w.sql(") QUARTER - INTERVAL 1 QUARTER");
      if (dt) w.sql(" AS DATETIME)");
      return;
    case ir::date_part::week:
      w.sql(dt ? "CAST(DATE_SUB(DATE(" : "DATE_SUB(");
      w.expr(a);
      w.sql(dt ? "), INTERVAL WEEKDAY(" : ", INTERVAL WEEKDAY(");
      w.expr(a);
      w.sql(dt ? ") DAY) AS DATETIME)" : ") DAY)");
      return;
    default: return extract(w, part, a);
  }
}

void function(writer& w, const ir::node& n) {
  const auto& args = *n.items;
  switch (static_cast<ir::fn>(n.op)) {
    case ir::fn::concat:
      // CONCAT_WS skips NULLs, which makes Concat NULL-safe as Django's.
      w.sql("CONCAT_WS('', ");
      w.list(args);
      w.sql(')');
      return;
    case ir::fn::length: return call1(w, "CHAR_LENGTH(", *args[0]);
    case ir::fn::strindex:
      w.sql("LOCATE(");
      w.expr(*args[1]);
      w.sql(", ");
      w.expr(*args[0]);
      w.sql(')');
      return;
    case ir::fn::random: w.sql("RAND()"); return;
    default: return;
  }
}

void cast(writer& w, const ir::node& n) {
  switch (static_cast<field_type>(n.op)) {
    case field_type::char_field:
    case field_type::email_field:
    case field_type::slug_field:
    case field_type::url_field: return w.sized_cast(n, "char", "char");
    case field_type::text_field:
    case field_type::uuid_field: return w.standard_cast(n, "char");
    case field_type::decimal_field: return w.sized_cast(n, "decimal", "decimal(65, 30)");
    case field_type::float_field: return w.standard_cast(n, "double");
    case field_type::date_field: return w.standard_cast(n, "date");
    case field_type::datetime_field: return w.standard_cast(n, "datetime(6)");
    case field_type::time_field: return w.standard_cast(n, "time(6)");
    default: return w.standard_cast(n, "signed integer");
  }
}

void division(writer& w, const ir::node& a, const ir::node& b, bool integers) {
  if (!integers) return;
  w.sql('(');
  w.expr(a);
  w.sql(" DIV ");
  w.expr(b);
  w.sql(')');
}

void case_sensitive_operand(writer& w, const ir::node& operand) {
  w.sql("BINARY ");
  w.expr(operand);
}

std::string column_type(const field& f) {
  switch (f.type) {
    case field_type::auto_field: return "integer AUTO_INCREMENT NOT NULL PRIMARY KEY";
    case field_type::big_auto_field: return "bigint AUTO_INCREMENT NOT NULL PRIMARY KEY";
    case field_type::char_field:
    case field_type::email_field:
    case field_type::slug_field:
    case field_type::url_field:
      return fmt::format("varchar({})", f.max_length > 0 ? f.max_length : 255);
    case field_type::text_field: return "longtext";
    case field_type::big_integer_field: return "bigint";
    case field_type::small_integer_field: return "smallint";
    case field_type::positive_integer_field: return "integer UNSIGNED";
    case field_type::float_field: return "double precision";
    case field_type::decimal_field:
      return fmt::format("numeric({}, {})", f.max_digits > 0 ? f.max_digits : 65, f.decimal_places);
    case field_type::boolean_field: return "bool";
    case field_type::date_field: return "date";
    case field_type::datetime_field: return "datetime(6)";
    case field_type::time_field: return "time(6)";
    case field_type::uuid_field: return "char(32)";
    default: return "integer";
  }
}

// unique_fields cannot be named here: INSERT IGNORE and ON DUPLICATE KEY UPDATE act on a conflict
// with any unique key (which includes the named ones).
void insert(writer& w, const ir::write& ins) {
  w.insert_into(ins,
                ins.conflict == ir::conflict_action::ignore ? "INSERT IGNORE INTO" : "INSERT INTO");
  w.values_rows(ins);
  if (ins.conflict != ir::conflict_action::update) return;
  w.sql(" ON DUPLICATE KEY UPDATE ");
  for (std::size_t i = 0; i < ins.update_columns.size(); ++i) {
    if (i > 0) w.sql(", ");
    w.ident(ins.update_columns[i]);
    w.sql(" = VALUES(");
    w.ident(ins.update_columns[i]);
    w.sql(')');
  }
}

}  // namespace

extern const dialect_traits mysql_traits{
    .id = dialect_id::mysql,
    .name = "mysql",
    .quote_open = '`',
    .quote_close = '`',
    .upper_identifiers = false,
    .max_identifier = 64,
    .limit = limit_style::limit_offset,
    .no_limit = "18446744073709551615",  // MySQL has no OFFSET without LIMIT
    .empty_string_is_null = false,
    .select_booleans = true,
    .bind_booleans_as_int = false,
    .filter_clause = false,
    .nulls_modifier = false,
    .decimal_params_need_cast = false,
    .max_in_list = 0,
    .concat_function = true,
    .backslash_literals = true,
    .mod_function = false,
    .wrap_self_subquery = true,
    .cast_case_values = false,
    .returning = false,
    .pattern = pattern,
    .regex = regex,
    .extract = extract,
    .trunc = trunc,
    .function = function,
    .cast = cast,
    .division = division,
    .stddev_variance = nullptr,
    .case_sensitive_operand = case_sensitive_operand,
    .column_type = column_type,
    .insert = insert,
};

}  // namespace sqlweave::render
