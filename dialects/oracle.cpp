// SPDX-License-Identifier: MIT
// Oracle: what differs from the shared renderer. Identifiers are upper case and at most 30
// characters, '' is NULL, there is no boolean type (predicates in SELECT become CASE WHEN, values
// bind as 1/0), IN lists hold at most 1000 items, LIKE needs an ESCAPE clause, date parts come
// from TO_CHAR/TRUNC, and conflicts are handled with MERGE. JSON paths cannot be bound, so
// they are written as literals (built from key names, never from values), as Django does.
#include <fmt/format.h>

#include <algorithm>

#include "render/dialect.hpp"
#include "render/writer.hpp"

namespace sqlweave::render {
namespace {

void regex(writer& w, const ir::expr&, const ir::regex& r) {
  w.sql("REGEXP_LIKE(");
  w.expr(*r.lhs);
  w.sql(", ");
  w.expr(*r.rhs);
  w.sql(r.insensitive ? ", 'i')" : ", 'c')");
}

void to_char_number(writer& w, const ir::expr& a, std::string_view format) {
  w.sql("TO_NUMBER(TO_CHAR(");
  w.expr(a);
  w.sql(", '");
  w.sql(format);
  w.sql("'))");
}

// Days since the Monday of the ISO week (0..6), independent of NLS_TERRITORY.
void days_since_monday(writer& w, const ir::expr& a) {
  w.sql("(TRUNC(");
  w.expr(a);
  w.sql(") - TRUNC(");
  w.expr(a);
  w.sql(", 'IW'))");
}

void iso_week(writer& w, const ir::expr& a) {
  to_char_number(w, a, "IW");
}
void quarter(writer& w, const ir::expr& a) {
  to_char_number(w, a, "Q");
}
void iso_year(writer& w, const ir::expr& a) {
  to_char_number(w, a, "IYYY");
}
void week_day(writer& w, const ir::expr& a) {
  w.sql("(MOD(");
  days_since_monday(w, a);
  w.sql(" + 1, 7) + 1)");
}
void iso_week_day(writer& w, const ir::expr& a) {
  w.sql('(');
  days_since_monday(w, a);
  w.sql(" + 1)");
}

constexpr extract_forms extracts =
    merged<ir::date_part>(default_extracts, {
                                                {ir::date_part::week, {{}, iso_week}},
                                                {ir::date_part::quarter, {{}, quarter}},
                                                {ir::date_part::iso_year, {{}, iso_year}},
                                                {ir::date_part::week_day, {{}, week_day}},
                                                {ir::date_part::iso_week_day, {{}, iso_week_day}},
                                            });

std::string_view trunc_format(ir::trunc_kind k) {
  switch (k) {
    case ir::trunc_kind::year: return "YYYY";
    case ir::trunc_kind::quarter: return "Q";
    case ir::trunc_kind::month: return "MM";
    case ir::trunc_kind::week: return "IW";
    case ir::trunc_kind::day: return "DD";
    case ir::trunc_kind::hour: return "HH24";
    case ir::trunc_kind::minute: return "MI";
    case ir::trunc_kind::second:
    case ir::trunc_kind::date:
    case ir::trunc_kind::time: return {};
  }
  return {};
}

void trunc(writer& w, const ir::expr&, const ir::trunc& t) {
  const ir::expr& a = *t.operand;
  switch (t.kind) {
    case ir::trunc_kind::date:
      w.sql("TRUNC(");
      w.expr(a);
      w.sql(')');
      return;
    case ir::trunc_kind::time:
      // A TimeField is a TIMESTAMP on 1900-01-01: the time of day moved to that day, as
      // Django's datetime_cast_time_sql, so it compares with TimeField columns and values.
      w.sql("TO_TIMESTAMP(CONCAT('1900-01-01 ', TO_CHAR(");
      w.expr(a);
      w.sql(", 'HH24:MI:SS.FF')), 'YYYY-MM-DD HH24:MI:SS.FF')");
      return;
    case ir::trunc_kind::second:
      // A DATE keeps whole seconds.
      w.standard_cast(a, "DATE");
      return;
    default:
      w.sql("TRUNC(");
      w.expr(a);
      w.sql(", '");
      w.sql(trunc_format(t.kind));
      w.sql("')");
  }
}

// Oracle has only BITAND among the bitwise operators: the others are arithmetic over it.
void bit_and(writer& w, const ir::arithmetic& a) {
  w.sql("BITAND(");
  w.expr(*a.lhs);
  w.sql(", ");
  w.expr(*a.rhs);
  w.sql(')');
}

void bit_or(writer& w, const ir::arithmetic& a) {
  w.sql("(BITAND(-");
  w.expr(*a.lhs);
  w.sql(" - 1, ");
  w.expr(*a.rhs);
  w.sql(") + ");
  w.expr(*a.lhs);
  w.sql(')');
}

constexpr arith_forms arithmetic =
    merged<ir::arith_op>(default_arithmetic, {
                                                 {ir::arith_op::mod, {{}, mod_function}},
                                                 {ir::arith_op::bit_and, {{}, bit_and}},
                                                 {ir::arith_op::bit_or, {{}, bit_or}},
                                                 {ir::arith_op::bit_left_shift, {{}, power_shift}},
                                                 {ir::arith_op::bit_right_shift, {{}, power_shift}},
                                             });

// No PI(), DEGREES() or RADIANS(): Django writes pi as a number.
constexpr std::string_view pi_text = "3.141592653589793";

void pi(writer& w, const ir::call&) {
  w.sql(pi_text);
}

// `((x) * factor)`, with the factor written out as Django writes it.
template <const std::string_view& Factor>
void scaled(writer& w, const ir::call& c) {
  w.sql("((");
  w.expr(*c.args[0]);
  w.sql(") * ");
  w.sql(Factor);
  w.sql(')');
}
constexpr std::string_view to_degrees = "180 / 3.141592653589793";
constexpr std::string_view to_radians = "3.141592653589793 / 180";

void chr(writer& w, const ir::call& c) {
  w.sql("CHR(");
  w.expr(*c.args[0]);
  w.sql(" USING NCHAR_CS)");
}

// Django's OracleHashMixin: the digest of the text's UTF-8 bytes, in lower-case hexadecimal.
void standard_hash(writer& w, const ir::call& c) {
  w.sql("LOWER(RAWTOHEX(STANDARD_HASH(UTL_I18N.STRING_TO_RAW(");
  w.expr(*c.args[0]);
  w.sql(", 'AL32UTF8'), '");
  w.sql(hash_name(c.fn));
  w.sql("')))");
}

// No REPEAT(): the text padded with itself to n times its length.
void repeat(writer& w, const ir::call& c) {
  w.sql("RPAD(");
  w.expr(*c.args[0]);
  w.sql(", (LENGTH(");
  w.expr(*c.args[0]);
  w.sql(") * ");
  w.expr(*c.args[1]);
  w.sql("), ");
  w.expr(*c.args[0]);
  w.sql(')');
}

// REVERSE() is undocumented and breaks multi-byte text: Django's subquery over the characters.
void reverse(writer& w, const ir::call& c) {
  w.sql("(SELECT LISTAGG(s) WITHIN GROUP (ORDER BY n DESC) FROM (SELECT LEVEL n, SUBSTR(");
  w.expr(*c.args[0]);
  w.sql(", LEVEL, 1) s FROM DUAL CONNECT BY LEVEL <= LENGTH(");
  w.expr(*c.args[0]);
  w.sql(")) GROUP BY ");
  w.expr(*c.args[0]);
  w.sql(')');
}

// Oracle refuses to mix NCLOB (a TextField) and NVARCHAR2: Coalesce over a TextField takes every
// argument as TO_NCLOB(), as Django's Coalesce.as_oracle.
void coalesce(writer& w, const ir::call& c) {
  const bool clob = std::any_of(c.args.begin(), c.args.end(), [](const ir::expr* a) {
    return a->type == field_type::text_field;
  });
  w.sql("COALESCE(");
  for (std::size_t i = 0; i < c.args.size(); ++i) {
    if (i) w.sql(", ");
    if (clob) w.sql("TO_NCLOB(");
    w.expr(*c.args[i]);
    if (clob) w.sql(')');
  }
  w.sql(')');
}

// JSON_OBJECT(key VALUE value, ... RETURNING CLOB), as Django's JSONObject.as_oracle.
void json_object(writer& w, const ir::call& c) {
  w.sql("JSON_OBJECT(");
  for (std::size_t i = 0; i + 1 < c.args.size(); i += 2) {
    if (i) w.sql(", ");
    w.expr(*c.args[i]);
    w.sql(" VALUE ");
    w.expr(*c.args[i + 1]);
  }
  w.sql(" RETURNING CLOB)");
}

constexpr function_forms functions = merged<ir::function>(
    default_functions, {
                           {ir::function::ceil, {"CEIL"}},
                           {ir::function::substr, {"SUBSTR"}},
                           {ir::function::chr, {{}, chr}},
                           {ir::function::md5, {{}, standard_hash}},
                           {ir::function::sha1, {{}, standard_hash}},
                           {ir::function::sha224, {}},  // Django: NotSupportedError
                           {ir::function::sha256, {{}, standard_hash}},
                           {ir::function::sha384, {{}, standard_hash}},
                           {ir::function::sha512, {{}, standard_hash}},
                           {ir::function::repeat, {{}, repeat}},
                           {ir::function::reverse, {{}, reverse}},
                           {ir::function::rand, {"DBMS_RANDOM.VALUE", nullptr, true}},
                           {ir::function::left, {{}, left_via_substr}},
                           {ir::function::right, {{}, right_via_substr}},
                           {ir::function::random, {"DBMS_RANDOM.VALUE", nullptr, true}},
                           {ir::function::pi, {{}, pi}},
                           {ir::function::degrees, {{}, scaled<to_degrees>}},
                           {ir::function::radians, {{}, scaled<to_radians>}},
                           {ir::function::cot, {{}, cot_via_tan}},
                           {ir::function::json_object, {{}, json_object}},
                           {ir::function::coalesce, {{}, coalesce}},
                       });

constexpr cast_form text_form{"NVARCHAR2", true, "NVARCHAR2(2000)"};
constexpr cast_form integer_form{"NUMBER(11)"};
constexpr cast_form big_integer_form{"NUMBER(19)"};

constexpr cast_forms casts =
    merged<field_type>(with_varchar_cast(default_casts, text_form),
                       {
                           {field_type::text_field, {"NVARCHAR2(2000)"}},
                           {field_type::uuid_field, {"NVARCHAR2(2000)"}},
                           {field_type::json_field, {"NCLOB"}},
                           {field_type::binary_field, {"BLOB"}},
                           {field_type::duration_field, {"INTERVAL DAY(9) TO SECOND(6)"}},
                           {field_type::decimal_field, {"NUMBER", true}},
                           {field_type::float_field, {"DOUBLE PRECISION"}},
                           {field_type::boolean_field, {"NUMBER(1)"}},
                           {field_type::null_boolean_field, {"NUMBER(1)"}},
                           {field_type::date_field, {"DATE"}},
                           {field_type::datetime_field, {"TIMESTAMP"}},
                           {field_type::time_field, {"TIMESTAMP"}},
                           {field_type::big_integer_field, big_integer_form},
                           {field_type::big_auto_field, big_integer_form},
                           {field_type::positive_big_integer_field, big_integer_form},
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

// The difference of two dates is a number of days.
void temporal(writer& w, const ir::temporal& t) {
  if (t.op != ir::temporal_op::difference || !t.lhs->is_class(type_class::date))
    return interval_arithmetic(w, t);
  w.sql("NUMTODSINTERVAL(TO_NUMBER(");
  w.expr(*t.lhs);
  w.sql(" - ");
  w.expr(*t.rhs);
  w.sql("), 'DAY')");
}

void json_function(writer& w, std::string_view fn, const ir::expr& doc, const ir::expr& path) {
  w.sql(fn);
  w.sql('(');
  w.expr(doc);
  w.sql(", ");
  w.quoted_text(path);
  w.sql(')');
}

void json_key(writer& w, const ir::json_key& k) {
  w.sql("COALESCE(");
  json_function(w, "JSON_QUERY", *k.base, *k.path);
  w.sql(", ");
  json_function(w, "JSON_VALUE", *k.base, *k.path);
  w.sql(')');
}

void json_value(writer& w, const ir::json_value& v) {
  if (!v.against_key) return w.expr(*v.text);
  w.sql(v.compound ? "JSON_QUERY" : "JSON_VALUE");
  w.sql("(JSON_OBJECT('value' VALUE ");
  w.expr(*v.text);
  w.sql(" FORMAT JSON), '$.value')");
}

void json_exists(writer& w, const ir::json_test& t, const ir::expr& path) {
  json_function(w, "JSON_EXISTS", *t.base, path);
}

// The key is absent, or present and NULL.
void key_missing(writer& w, const ir::json_test& t, const ir::json_key& k) {
  w.sql("(NOT ");
  json_exists(w, t, *k.path);
  w.sql(" OR ");
  w.expr(*t.lhs);
  w.sql(" IS NULL)");
}

void json_test(writer& w, const ir::json_test& t) {
  const auto* key = t.lhs->as<ir::json_key>();
  switch (t.op) {
    case ir::json_op::has_key:
    case ir::json_op::has_all_keys:
    case ir::json_op::has_any_keys: return each_path(w, t, json_exists);
    case ir::json_op::key_present: return json_exists(w, t, *key->path);
    case ir::json_op::key_missing: return key_missing(w, t, *key);
    case ir::json_op::json_null:
      if (!key) {
        w.expr(*t.lhs);
        w.sql(" = ");
        w.expr(*t.value);
        return;
      }
      json_exists(w, t, *key->path);
      w.sql(" AND ");
      return key_missing(w, t, *key);
    case ir::json_op::contains:
    case ir::json_op::contained_by: return json_type_test(w, t);
  }
}

constexpr dialect_traits traits{
    .id = dialect_id::oracle,
    .name = "oracle",
    .upper_identifiers = true,
    .max_identifier = 30,  // Django's limit, kept for tables it created before 12.2
    .default_style = paramstyle::numeric,
    .max_in_list = 1000,  // ORA-01795
    .bind_booleans_as_int = true,
    .native_duration = true,  // INTERVAL DAY TO SECOND
    // A TimeField is a TIMESTAMP; Django binds a time as that instant of 1900-01-01
    // (adapt_timefield_value in django/db/backends/oracle/operations.py).
    .time_as_datetime = true,
    .limit = limit_style::offset_fetch,
    .select_booleans = false,
    .boolean_conditions = false,
    .filter_clause = false,
    .returning = false,          // RETURNING ... INTO needs out-binds
    .pk_default_value = "NULL",  // an identity column GENERATED BY DEFAULT ON NULL
    .conflicts = conflict_target::always_fields,
    .tree_connect_by = true,
    .except_operator = " MINUS ",
    .lock_of_columns = true,
    .lock_with_limit = false,
    .explain_prefix = {},  // Django 3.2's Oracle backend has no explain_prefix
    .json_contains = false,
    .empty_string_is_null = true,
    .int_division = integer_division::trunc_function,
    .nullif_null_first = false,     // Django's NullIf.as_oracle: "does not allow Value(None)"
    .like_escape = " ESCAPE '\\'",  // Oracle's LIKE has no default escape character
    .arithmetic = arithmetic,
    .functions = functions,
    .extracts = extracts,
    .casts = casts,
    .regex = regex,
    .trunc = trunc,
    .insert = merge_upsert,
    .temporal = temporal,
    .json_key = json_key,
    .json_value = json_value,
    .json_test = json_test,
};

}  // namespace

const dialect_traits& oracle_dialect() {
  return traits;
}

}  // namespace sqlweave::render
