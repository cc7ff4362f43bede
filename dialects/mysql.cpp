// SPDX-License-Identifier: MIT
// MySQL/MariaDB: what differs from the shared renderer. Comparisons follow the column collation
// (case-insensitive by default), so case-sensitive lookups compare BINARY; `||` is OR, so
// concatenation is CONCAT(); integer `/` gives a decimal, so integer division is DIV; backquoted
// identifiers, and backslashes escape in string literals. MariaDB keeps JSON as text: lookups
// compare JSON_UNQUOTE() of a JSON operand, values are parsed with JSON_EXTRACT(%s, '$'), and
// the case-insensitive lookups on a key lower both sides (JSON text has a binary collation).
#include <fmt/format.h>

#include "render/dialect.hpp"
#include "render/writer.hpp"

namespace sqlweave::render {
namespace {

void call1(writer& w, std::string_view fn, const ir::expr& a, std::string_view tail = ")") {
  w.sql(fn);
  w.expr(a);
  w.sql(tail);
}

void week_day(writer& w, const ir::expr& a) {
  call1(w, "DAYOFWEEK(", a);
}
void iso_week_day(writer& w, const ir::expr& a) {
  call1(w, "(WEEKDAY(", a, ") + 1)");
}
void iso_week(writer& w, const ir::expr& a) {
  call1(w, "WEEK(", a, ", 3)");
}
void iso_year(writer& w, const ir::expr& a) {
  call1(w, "(YEARWEEK(", a, ", 3) DIV 100)");
}
// EXTRACT(SECOND) has no fraction here.
void second(writer& w, const ir::expr& a) {
  call1(w, "EXTRACT(SECOND FROM ", a);
}

// The bitwise operators give BIGINT UNSIGNED: Django converts the result back to SIGNED, and
// shifts right by division, so a negative operand keeps its sign.
void signed_bitwise(writer& w, const ir::arithmetic& a) {
  w.sql("CONVERT((");
  w.expr(*a.lhs);
  w.sql(a.op == ir::arith_op::bit_and   ? " & "
        : a.op == ir::arith_op::bit_or  ? " | "
        : a.op == ir::arith_op::bit_xor ? " ^ "
                                        : " << ");
  w.expr(*a.rhs);
  w.sql("), SIGNED)");
}

constexpr arith_forms arithmetic =
    merged<ir::arith_op>(default_arithmetic, {{ir::arith_op::bit_and, {{}, signed_bitwise}},
                                              {ir::arith_op::bit_or, {{}, signed_bitwise}},
                                              {ir::arith_op::bit_xor, {{}, signed_bitwise}},
                                              {ir::arith_op::bit_left_shift, {{}, signed_bitwise}},
                                              {ir::arith_op::bit_right_shift, {{}, power_shift}}});

constexpr extract_forms extracts =
    merged<ir::date_part>(default_extracts, {
                                                {ir::date_part::week_day, {{}, week_day}},
                                                {ir::date_part::iso_week_day, {{}, iso_week_day}},
                                                {ir::date_part::week, {{}, iso_week}},
                                                {ir::date_part::iso_year, {{}, iso_year}},
                                                {ir::date_part::second, {{}, second}},
                                            });

void trunc(writer& w, const ir::expr& node, const ir::trunc& t) {
  const ir::expr& a = *t.operand;
  const bool dt = node.is_class(type_class::datetime);
  const bool tm = node.is_class(type_class::time);
  auto formatted = [&](std::string_view date_fmt, std::string_view datetime_fmt) {
    w.sql("CAST(DATE_FORMAT(");
    w.expr(a);
    w.sql(", '");
    // A time of day keeps the time part of the format: '%H:00:00'.
    w.sql(tm ? datetime_fmt.substr(datetime_fmt.find(' ') + 1) : dt ? datetime_fmt : date_fmt);
    w.sql(tm ? "') AS TIME)" : dt ? "') AS DATETIME)" : "') AS DATE)");
  };
  switch (t.kind) {
    case ir::trunc_kind::year: return formatted("%Y-01-01", "%Y-01-01 00:00:00");
    case ir::trunc_kind::month: return formatted("%Y-%m-01", "%Y-%m-01 00:00:00");
    case ir::trunc_kind::day: return formatted("%Y-%m-%d", "%Y-%m-%d 00:00:00");
    case ir::trunc_kind::hour: return formatted("%Y-%m-%d %H:00:00", "%Y-%m-%d %H:00:00");
    case ir::trunc_kind::minute: return formatted("%Y-%m-%d %H:%i:00", "%Y-%m-%d %H:%i:00");
    case ir::trunc_kind::second: return formatted("%Y-%m-%d %H:%i:%s", "%Y-%m-%d %H:%i:%s");
    case ir::trunc_kind::quarter:
      if (dt) w.sql("CAST(");
      call1(w, "MAKEDATE(YEAR(", a, "), 1) + INTERVAL QUARTER(");
      w.expr(a);
      w.sql(") QUARTER - INTERVAL 1 QUARTER");
      if (dt) w.sql(" AS DATETIME)");
      return;
    case ir::trunc_kind::week:
      w.sql(dt ? "CAST(DATE_SUB(DATE(" : "DATE_SUB(");
      w.expr(a);
      w.sql(dt ? "), INTERVAL WEEKDAY(" : ", INTERVAL WEEKDAY(");
      w.expr(a);
      w.sql(dt ? ") DAY) AS DATETIME)" : ") DAY)");
      return;
    case ir::trunc_kind::date: return call1(w, "DATE(", a);
    case ir::trunc_kind::time: return call1(w, "TIME(", a);
  }
}

// CONCAT_WS skips NULLs, which makes Concat NULL-safe as Django's.
void concat(writer& w, const ir::call& c) {
  w.sql("CONCAT_WS('', ");
  w.list(c.args);
  w.sql(')');
}

// CHAR(n USING utf16): the character of a code point below 65536, as Django's Chr.
void chr(writer& w, const ir::call& c) {
  call1(w, "CHAR(", *c.args[0], " USING utf16)");
}

// SHA2(x, bits): Django's MySQLSHA2Mixin for SHA224 to SHA512 (SHA1 and MD5 keep their names).
void sha2(writer& w, const ir::call& c) {
  call1(w, "SHA2(", *c.args[0], ", ");
  w.sql(hash_name(c.fn).substr(3));
  w.sql(')');
}

constexpr function_forms functions =
    merged<ir::function>(default_functions, {
                                                {ir::function::concat, {{}, concat}},
                                                {ir::function::length, {"CHAR_LENGTH"}},
                                                {ir::function::ord, {"ORD"}},
                                                {ir::function::chr, {{}, chr}},
                                                {ir::function::sha224, {{}, sha2}},
                                                {ir::function::sha256, {{}, sha2}},
                                                {ir::function::sha384, {{}, sha2}},
                                                {ir::function::sha512, {{}, sha2}},
                                                {ir::function::rand, {"RAND"}},
                                                {ir::function::random, {"RAND"}},
                                            });

constexpr cast_form char_form{"char", true};
constexpr cast_form integer_form{"signed integer"};

constexpr cast_forms casts =
    merged<field_type>(with_varchar_cast(default_casts, char_form),
                       {
                           {field_type::text_field, {"char"}},
                           {field_type::uuid_field, {"char"}},
                           {field_type::json_field, {"json"}},
                           {field_type::binary_field, {"binary"}},
                           {field_type::decimal_field, {"decimal", true, "decimal(65, 30)"}},
                           {field_type::float_field, {"double"}},
                           {field_type::datetime_field, {"datetime(6)"}},
                           {field_type::time_field, {"time(6)"}},
                           {field_type::duration_field, integer_form},
                           {field_type::boolean_field, integer_form},
                           {field_type::null_boolean_field, integer_form},
                           {field_type::auto_field, integer_form},
                           {field_type::big_auto_field, integer_form},
                           {field_type::small_auto_field, integer_form},
                           {field_type::integer_field, integer_form},
                           {field_type::big_integer_field, integer_form},
                           {field_type::small_integer_field, integer_form},
                           {field_type::positive_integer_field, integer_form},
                           {field_type::positive_big_integer_field, integer_form},
                           {field_type::positive_small_integer_field, integer_form},
                           {field_type::foreign_key, integer_form},
                           {field_type::one_to_one, integer_form},
                           {field_type::many_to_many, integer_form},
                       });

// A duration is a count of microseconds: INTERVAL n MICROSECOND moves a date or time.
void moved_by(writer& w, const ir::expr& side) {
  const bool delta = side.is_class(type_class::duration);
  if (delta) w.sql("INTERVAL ");
  w.expr(side);
  if (delta) w.sql(" MICROSECOND");
}

void temporal(writer& w, const ir::temporal& t) {
  if (t.op == ir::temporal_op::shift) {
    w.sql('(');
    moved_by(w, *t.lhs);
    w.sql(t.subtract ? " - " : " + ");
    moved_by(w, *t.rhs);
    w.sql(')');
    return;
  }
  if (t.lhs->is_class(type_class::time)) {
    // MariaDB's TIME_TO_SEC keeps the microseconds as a fraction.
    w.sql("CAST((TIME_TO_SEC(");
    w.expr(*t.lhs);
    w.sql(") - TIME_TO_SEC(");
    w.expr(*t.rhs);
    w.sql(")) * 1000000 AS SIGNED)");
    return;
  }
  w.sql("TIMESTAMPDIFF(MICROSECOND, ");
  w.expr(*t.rhs);
  w.sql(", ");
  w.expr(*t.lhs);
  w.sql(')');
}

void json_value(writer& w, const ir::json_value& v) {
  w.sql("JSON_EXTRACT(");
  w.expr(*v.text);
  w.sql(", '$')");
}

void json_unquote(writer& w, const ir::json_unquote& u) {
  w.sql("JSON_UNQUOTE(");
  w.expr(*u.operand);
  w.sql(')');
}

void contains_path(writer& w, const ir::json_test& t, const ir::expr& path) {
  w.sql("JSON_CONTAINS_PATH(");
  w.expr(*t.base);
  w.sql(", 'one', ");
  w.expr(path);
  w.sql(')');
}

void json_test(writer& w, const ir::json_test& t) {
  switch (t.op) {
    case ir::json_op::has_key:
    case ir::json_op::has_all_keys:
    case ir::json_op::has_any_keys: return each_path(w, t, contains_path);
    case ir::json_op::key_missing:
    case ir::json_op::key_present:
      w.expr(*t.lhs);
      w.sql(t.op == ir::json_op::key_missing ? " IS NULL" : " IS NOT NULL");
      return;
    case ir::json_op::json_null:
      json_unquote(w, {t.lhs});
      w.sql(" = ");
      json_value(w, {t.value});
      return;
    case ir::json_op::contains:
    case ir::json_op::contained_by: return json_type_test(w, t);
  }
}

bool folds_case(const ir::expr& lhs) {
  const auto* u = lhs.as<ir::json_unquote>();
  return u && u->fold_case;
}

void pattern(writer& w, const ir::expr& node, const ir::pattern& p) {
  if (!folds_case(*p.lhs)) return like_pattern(w, node, p);
  w.sql("LOWER(");
  w.expr(*p.lhs);
  w.sql(") LIKE LOWER(");
  w.pattern_rhs(p, like_wrap(p.op), false);
  w.sql(')');
}

void regex(writer& w, const ir::expr& node, const ir::regex& r) {
  if (!folds_case(*r.lhs)) return regexp_operator(w, node, r);
  w.sql("LOWER(");
  w.expr(*r.lhs);
  w.sql(") REGEXP LOWER(");
  w.expr(*r.rhs);
  w.sql(')');
}

// INSERT IGNORE and ON DUPLICATE KEY UPDATE act on a conflict with any unique key, so no
// unique_fields are named.
void insert(writer& w, const ir::insert& ins) {
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

// Django's MariaDB formats (TEXT is its alias of TRADITIONAL) and the one option it reads.
constexpr std::string_view explain_formats[] = {"JSON", "TEXT", "TRADITIONAL"};
constexpr std::string_view explain_options[] = {"ANALYZE"};

// MariaDB analyzes with ANALYZE instead of EXPLAIN, and takes a format with it.
void explain(writer& w, const ir::explain& e) {
  const bool analyze = !e.options.empty() && e.options.front().on;
  w.sql(analyze ? "ANALYZE" : "EXPLAIN");
  if (e.format.empty()) return;
  w.sql(" FORMAT=");
  w.sql(e.format == "TEXT" ? "TRADITIONAL" : e.format);
}

constexpr dialect_traits traits{
    .id = dialect_id::mysql,
    .name = "mysql",
    .quote_open = '`',
    .quote_close = '`',
    .max_identifier = 64,
    .no_limit = "18446744073709551615",  // MySQL has no OFFSET without LIMIT
    .filter_clause = false,
    .nulls_modifier = false,
    .returning = false,
    .conflicts = conflict_target::any_unique_key,
    .wrap_self_subquery = true,
    .parent_delete_join = "STRAIGHT_JOIN",
    .immediate_foreign_keys = true,
    .recursive_union = " UNION ALL ",  // each row with its level (ir::tree::depth)
    .compound_intersection = false,    // Django 3.2's MySQL backend has no INTERSECT/EXCEPT
    .lag_default = false,              // MariaDB: LAG(expr[, offset]) only
    .window_duration_sum = false,
    .group_by_pk = true,
    // Django 3.2 refuses SKIP LOCKED and OF on MariaDB (has_select_for_update_skip_locked/_of).
    .lock_skip_locked = false,
    .lock_of = false,
    .explain_formats = explain_formats,
    .explain_options = explain_options,
    .concat_operator = false,
    .backslash_literals = true,
    .int_division = integer_division::div_operator,
    .binary_compare = "BINARY ",
    .subquery_cache_folds_case = true,
    .limit_in_subquery = false,
    .like_folds_case = true,
    .like_case_sensitive = " LIKE BINARY ",
    .regex_operator = " REGEXP BINARY ",
    .iregex_operator = " REGEXP ",
    .arithmetic = arithmetic,
    .functions = functions,
    .extracts = extracts,
    .casts = casts,
    .pattern = pattern,
    .regex = regex,
    .trunc = trunc,
    .insert = insert,
    .temporal = temporal,
    .json_value = json_value,
    .json_unquote = json_unquote,
    .json_test = json_test,
    .explain = explain,
};

}  // namespace

const dialect_traits& mysql_dialect() {
  return traits;
}

}  // namespace sqlweave::render
