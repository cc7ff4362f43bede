// SPDX-License-Identifier: MIT
// PostgreSQL: what differs from the shared renderer. LIKE's default escape is `\`, the i-lookups
// compare UPPER() of both sides (as Django), pattern and regex operands that are not text are
// cast to text, and $1 placeholders. The shared DATE_TRUNC, casts and functions are its own.
// JSONField is jsonb with its operators: -> / #> for keys, @>, <@, ?, ?&, ?| for the lookups,
// and values compared as JSON text the server reads as jsonb.
#include <fmt/format.h>

#include "render/dialect.hpp"
#include "render/writer.hpp"

namespace sqlweave::render {
namespace {

// LOG(b, x) and MOD(a, b) exist for numeric only: floats are cast as Django's
// FixDecimalInputMixin casts them, to DecimalField(max_digits=1000, decimal_places=15).
void numeric_arguments(writer& w, const ir::call& c) {
  w.sql(c.fn == ir::function::log ? "LOG(" : "MOD(");
  for (std::size_t i = 0; i < c.args.size(); ++i) {
    if (i) w.sql(", ");
    const bool real = c.args[i]->is_class(type_class::real);
    if (real) w.sql("CAST(");
    w.expr(*c.args[i]);
    if (real) w.sql(" AS numeric(1000, 15))");
  }
  w.sql(')');
}

// The SHA digests come from pgcrypto's DIGEST(), as Django's PostgreSQLSHAMixin writes them.
void digest(writer& w, const ir::call& c) {
  w.sql("ENCODE(DIGEST(");
  w.expr(*c.args[0]);
  w.sql(", '");
  for (const char ch : hash_name(c.fn))  // 'sha256': Django lower-cases the function name
    w.sql(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
  w.sql("'), 'hex')");
}

// CONCAT() and JSONB_BUILD_OBJECT() take "any": a text parameter, which drivers send untyped so
// that the server may read it as any type, has no type there without a cast.
void any_arguments(writer& w, const ir::call& c) {
  w.sql(c.fn == ir::function::concat ? "CONCAT(" : "JSONB_BUILD_OBJECT(");
  for (std::size_t i = 0; i < c.args.size(); ++i) {
    if (i) w.sql(", ");
    const ir::expr& a = *c.args[i];
    w.expr(a);
    if ((a.is<ir::parameter>() || a.is<ir::named_parameter>()) && a.is_class(type_class::text))
      w.sql("::text");
  }
  w.sql(')');
}

constexpr function_forms functions =
    merged<ir::function>(default_functions, {
                                                {ir::function::log, {{}, numeric_arguments}},
                                                {ir::function::mod, {{}, numeric_arguments}},
                                                // CONCAT() skips NULLs and takes any type.
                                                {ir::function::concat, {{}, any_arguments}},
                                                {ir::function::strindex, {"STRPOS"}},
                                                // Now(): CURRENT_TIMESTAMP is the transaction's
                                                // start; Django takes the statement's.
                                                {ir::function::now, {"STATEMENT_TIMESTAMP"}},
                                                {ir::function::json_object, {{}, any_arguments}},
                                                {ir::function::sha1, {{}, digest}},
                                                {ir::function::sha224, {{}, digest}},
                                                {ir::function::sha256, {{}, digest}},
                                                {ir::function::sha384, {{}, digest}},
                                                {ir::function::sha512, {{}, digest}},
                                            });

void extract_field(writer& w, std::string_view field, const ir::expr& a) {
  w.sql("EXTRACT(");
  w.sql(field);
  w.sql(" FROM ");
  w.expr(a);
  w.sql(')');
}

// EXTRACT(DOW) counts from 0 on Sunday; Django's week_day from 1.
void week_day(writer& w, const ir::expr& a) {
  w.sql('(');
  extract_field(w, "DOW", a);
  w.sql(" + 1)");
}

constexpr extract_forms extracts =
    merged<ir::date_part>(default_extracts, {
                                                {ir::date_part::week_day, {{}, week_day}},
                                                {ir::date_part::iso_week_day, {"ISODOW"}},
                                                {ir::date_part::iso_year, {"ISOYEAR"}},
                                            });

void json_key(writer& w, const ir::json_key& k) {
  w.sql('(');
  w.expr(*k.base);
  w.sql(k.nested ? (k.text ? " #>> " : " #> ") : (k.text ? " ->> " : " -> "));
  w.expr(*k.pg_key);
  w.sql(')');
}

void json_value(writer& w, const ir::json_value& v) {
  w.expr(*v.text);
}

void json_operator(writer& w, const ir::json_test& t, std::string_view op, const ir::expr& rhs) {
  w.expr(*t.lhs);
  w.sql(op);
  w.expr(rhs);
}

void json_test(writer& w, const ir::json_test& t) {
  switch (t.op) {
    case ir::json_op::contains: return json_operator(w, t, " @> ", *t.value);
    case ir::json_op::contained_by: return json_operator(w, t, " <@ ", *t.value);
    case ir::json_op::has_key: return json_operator(w, t, " ? ", *t.pg_keys);
    case ir::json_op::has_all_keys: return json_operator(w, t, " ?& ", *t.pg_keys);
    case ir::json_op::has_any_keys: return json_operator(w, t, " ?| ", *t.pg_keys);
    case ir::json_op::key_missing:
    case ir::json_op::key_present:
      w.expr(*t.lhs);
      w.sql(t.op == ir::json_op::key_missing ? " IS NULL" : " IS NOT NULL");
      return;
    case ir::json_op::json_null: return json_operator(w, t, " = ", *t.value);
  }
}

// Django's supported_explain_formats and explain_options, in its order.
constexpr std::string_view explain_formats[] = {"JSON", "TEXT", "XML", "YAML"};
constexpr std::string_view explain_options[] = {"ANALYZE", "BUFFERS", "COSTS",   "SETTINGS",
                                                "SUMMARY", "TIMING",  "VERBOSE", "WAL"};

constexpr dialect_traits traits{
    .id = dialect_id::postgresql,
    .name = "postgresql",
    .max_identifier = 63,
    .default_style = paramstyle::dollar,
    .native_duration = true,  // interval
    // A text parameter next to a timestamp would be read as one: `ends - $1` needs the type.
    .duration_param_cast = "::interval",
    .distinct_on = true,
    .range_frame_offsets = false,  // Django 3.2: only UNBOUNDED with PRECEDING and FOLLOWING
    .lock_no_key = true,
    // "FOR UPDATE cannot be applied to the nullable side of an outer join"
    .lock_outer_side = false,
    .explain_formats = explain_formats,
    .explain_options = explain_options,
    .json_type = true,
    .native_uuid = true,
    .typed_case_values = true,  // a CASE of parameters has no type otherwise
    .text_cast = "::text",
    .address_text = "HOST",  // Django's lookup_cast of GenericIPAddressField (inet)
    .regex_operator = " ~ ",
    .iregex_operator = " ~* ",
    .arithmetic = merged<ir::arith_op>(default_arithmetic, {{ir::arith_op::bit_xor, {" # "}}}),
    .functions = functions,
    .extracts = extracts,
    .json_key = json_key,
    .json_value = json_value,
    .json_test = json_test,
};

}  // namespace

const dialect_traits& postgres_dialect() {
  return traits;
}

}  // namespace sqlweave::render
