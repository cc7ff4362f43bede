// SPDX-License-Identifier: MIT
// A dialect is a table of differences over the shared renderer, as sqlglot's dialects are
// dictionaries merged over the generator's defaults: every trait below has the shared default,
// and dialects/<name>.cpp sets only the ones that differ. Data where a difference is a setting;
// tables (functions, date parts, casts) merged over the default tables; and a few hooks, each
// with a shared default, for constructs whose SQL has another shape. A hook that overrides a
// default renders the whole construct, calling the shared helpers for the parts it keeps.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "ir/ir.hpp"
#include "sqlweave/compile.hpp"

namespace sqlweave::render {

class writer;

enum class limit_style : std::uint8_t {
  limit_offset,  // LIMIT n OFFSET m
  offset_fetch,  // OFFSET m ROWS FETCH FIRST n ROWS ONLY
};

/// How integer / integer truncates (Django's integer division; the documented meaning).
enum class integer_division : std::uint8_t {
  truncates,       // `/` already truncates integers
  div_operator,    // a DIV b
  trunc_function,  // TRUNC(a / b)
};

/// What bulk_create()'s conflict handling can name.
enum class conflict_target : std::uint8_t {
  update_needs_fields,  // ON CONFLICT (fields): DO UPDATE names them, DO NOTHING may not
  any_unique_key,       // INSERT IGNORE / ON DUPLICATE KEY: every unique key, none named
  always_fields,        // MERGE ... ON (fields): both need them
};

/// How a function is spelled: `NAME(args)`, `NAME` alone, or by its own renderer. A form with
/// neither a name nor a renderer is a function the database does not have.
struct function_form {
  std::string_view name;
  void (*render)(writer&, const ir::call&) = nullptr;
  bool bare = false;  // no parentheses: CURRENT_TIMESTAMP
  constexpr bool supported() const { return render || !name.empty(); }
};
using function_forms = std::array<function_form, ir::function_count>;

/// How an operator is written: `(a <infix> b)`, or by its own renderer; neither: unsupported.
struct arith_form {
  std::string_view infix;
  void (*render)(writer&, const ir::arithmetic&) = nullptr;
  constexpr bool supported() const { return render || !infix.empty(); }
};
using arith_forms = std::array<arith_form, ir::arith_op_count>;

/// How a date part is extracted: `EXTRACT(FIELD FROM x)`, or by its own renderer.
struct extract_form {
  std::string_view field;
  void (*render)(writer&, const ir::expr& operand) = nullptr;
  constexpr bool supported() const { return render || !field.empty(); }
};
using extract_forms = std::array<extract_form, ir::date_part_count>;

/// The type a Cast names: `CAST(x AS type)`, `type(n)` / `type(p, s)` when sized, or its own
/// renderer.
struct cast_form {
  std::string_view type;
  bool sized = false;             // takes max_length, or max_digits and decimal_places
  std::string_view unsized = {};  // the type when a sized one has no size (default: `type`)
  void (*render)(writer&, const ir::cast&) = nullptr;
  constexpr bool supported() const { return render || !type.empty(); }
};
inline constexpr std::size_t field_type_count =
    static_cast<std::size_t>(field_type::many_to_many) + 1;
using cast_forms = std::array<cast_form, field_type_count>;

/// `base` with some entries replaced: `merged(default_functions, {{fn::length, {"CHAR_LENGTH"}}})`.
template <class Key, class Form, std::size_t N>
constexpr std::array<Form, N> merged(std::array<Form, N> base,
                                     std::initializer_list<std::pair<Key, Form>> changes) {
  for (const auto& [key, form] : changes) base[static_cast<std::size_t>(key)] = form;
  return base;
}

// Shared shapes: the defaults of the hooks and tables, and helpers the dialects reuse.
/// The LIKE wrapping of a pattern lookup's parameter: `%v%`, `v%`, `%v` or `v`.
ir::pattern_wrap like_wrap(ir::pattern_op op);
void like_pattern(writer& w, const ir::expr& node, const ir::pattern& p);
void regexp_operator(writer& w, const ir::expr& node, const ir::regex& r);
void standard_aggregate(writer& w, const ir::aggregate& a);
void date_trunc(writer& w, const ir::expr& node, const ir::trunc& t);
void values_insert(writer& w, const ir::insert& ins);
/// `EXPLAIN`, and `EXPLAIN (ANALYZE true, FORMAT JSON)` with options (PostgreSQL's form).
void parenthesized_explain(writer& w, const ir::explain& e);
/// Concat NULL-safe as Django's: `COALESCE(a, '') || COALESCE(b, '')`.
void concat_coalesced(writer& w, const ir::call& c);
/// Left/Right where the database has no LEFT()/RIGHT(): SUBSTR(x, 1, n) / SUBSTR(x, -(n)).
void left_via_substr(writer& w, const ir::call& c);
/// `(1 / TAN(x))` where there is no COT().
void cot_via_tan(writer& w, const ir::call& c);
void right_via_substr(writer& w, const ir::call& c);
/// INSERT ... conflict handling as MERGE INTO ... USING (rows) ON (unique columns).
void merge_upsert(writer& w, const ir::insert& ins);
/// Dates and times with an interval type: `(a + b)`, `(a - b)`; dates differ by whole days.
void interval_arithmetic(writer& w, const ir::temporal& t);
// JSONField through the JSON1-style functions: JSON_EXTRACT(doc, path), JSON_TYPE(doc, path).
void json_extract(writer& w, const ir::json_key& k);
void json_parsed_for_keys(writer& w, const ir::json_value& v);
void json_as_is(writer& w, const ir::json_unquote& u);
void json_type_test(writer& w, const ir::json_test& t);
/// `(a AND b)` of one test per path, or the one test: has_keys / has_any_keys.
void each_path(writer& w, const ir::json_test& t,
               void (*one)(writer&, const ir::json_test&, const ir::expr& path));

constexpr function_form default_function(ir::function f) {
  using ir::function;
  switch (f) {
    case function::coalesce: return {"COALESCE"};
    case function::greatest: return {"GREATEST"};
    case function::least: return {"LEAST"};
    case function::nullif: return {"NULLIF"};
    case function::concat: return {{}, concat_coalesced};
    case function::lower: return {"LOWER"};
    case function::upper: return {"UPPER"};
    case function::length: return {"LENGTH"};
    case function::trim: return {"TRIM"};
    case function::ltrim: return {"LTRIM"};
    case function::rtrim: return {"RTRIM"};
    case function::substr: return {"SUBSTRING"};
    case function::replace: return {"REPLACE"};
    case function::abs: return {"ABS"};
    case function::round: return {"ROUND"};
    case function::ceil: return {"CEILING"};
    case function::floor: return {"FLOOR"};
    case function::mod: return {"MOD"};
    case function::power: return {"POWER"};
    case function::sqrt: return {"SQRT"};
    case function::sign: return {"SIGN"};
    case function::exp: return {"EXP"};
    case function::ln: return {"LN"};
    case function::log: return {"LOG"};
    case function::pi: return {"PI"};
    case function::sin: return {"SIN"};
    case function::cos: return {"COS"};
    case function::tan: return {"TAN"};
    case function::asin: return {"ASIN"};
    case function::acos: return {"ACOS"};
    case function::atan: return {"ATAN"};
    case function::atan2: return {"ATAN2"};
    case function::cot: return {"COT"};
    case function::degrees: return {"DEGREES"};
    case function::radians: return {"RADIANS"};
    case function::now: return {"CURRENT_TIMESTAMP", nullptr, true};
    case function::left: return {"LEFT"};
    case function::right: return {"RIGHT"};
    case function::strindex: return {"INSTR"};
    case function::repeat: return {"REPEAT"};
    case function::lpad: return {"LPAD"};
    case function::rpad: return {"RPAD"};
    case function::reverse: return {"REVERSE"};
    case function::ord: return {"ASCII"};
    case function::chr: return {"CHR"};
    case function::md5: return {"MD5"};
    case function::sha1: return {"SHA1"};
    case function::sha224: return {"SHA224"};
    case function::sha256: return {"SHA256"};
    case function::sha384: return {"SHA384"};
    case function::sha512: return {"SHA512"};
    case function::json_object: return {"JSON_OBJECT"};
    case function::rand: return {"RANDOM"};
    case function::random: return {"RANDOM"};
  }
  return {};
}

/// The digest a hash function names, as the databases spell it: "MD5", "SHA1", ..., "SHA512".
constexpr std::string_view hash_name(ir::function f) {
  using ir::function;
  switch (f) {
    case function::md5: return "MD5";
    case function::sha1: return "SHA1";
    case function::sha224: return "SHA224";
    case function::sha256: return "SHA256";
    case function::sha384: return "SHA384";
    case function::sha512: return "SHA512";
    default: return {};
  }
}

/// POWER(a, b) and MOD(a, b): operators some databases spell as functions.
void power_function(writer& w, const ir::arithmetic& a);
void mod_function(writer& w, const ir::arithmetic& a);
/// A shift as arithmetic: `(a * POWER(2, b))`, `FLOOR(a / POWER(2, b))` (sign kept).
void power_shift(writer& w, const ir::arithmetic& a);

// Standard SQL's operators; XOR has no common spelling.
constexpr arith_form default_arith(ir::arith_op op) {
  using ir::arith_op;
  switch (op) {
    case arith_op::add: return {" + "};
    case arith_op::sub: return {" - "};
    case arith_op::mul: return {" * "};
    case arith_op::div: return {" / "};
    case arith_op::mod: return {" % "};
    case arith_op::pow: return {{}, power_function};
    case arith_op::bit_and: return {" & "};
    case arith_op::bit_or: return {" | "};
    case arith_op::bit_xor: return {};
    case arith_op::bit_left_shift: return {" << "};
    case arith_op::bit_right_shift: return {" >> "};
  }
  return {};
}

/// TRUNC(EXTRACT(SECOND FROM x)): EXTRACT keeps the fraction; Django's second is whole seconds.
void whole_seconds(writer& w, const ir::expr& operand);

// Standard SQL's EXTRACT fields; the other parts have no common spelling, so a dialect without
// its own form for them does not support them.
constexpr extract_form default_extract(ir::date_part p) {
  using ir::date_part;
  switch (p) {
    case date_part::year: return {"YEAR"};
    case date_part::quarter: return {"QUARTER"};
    case date_part::month: return {"MONTH"};
    case date_part::week: return {"WEEK"};
    case date_part::day: return {"DAY"};
    case date_part::hour: return {"HOUR"};
    case date_part::minute: return {"MINUTE"};
    case date_part::second: return {{}, whole_seconds};
    case date_part::iso_year:
    case date_part::week_day:
    case date_part::iso_week_day: return {};
  }
  return {};
}

constexpr cast_form default_cast(field_type t) {
  switch (t) {
    case field_type::char_field:
    case field_type::email_field:
    case field_type::slug_field:
    case field_type::url_field:
    case field_type::file_field:
    case field_type::image_field:
    case field_type::file_path_field:
    case field_type::generic_ip_address_field: return {"varchar", true};
    case field_type::text_field: return {"text"};
    case field_type::decimal_field: return {"numeric", true};
    case field_type::float_field: return {"double precision"};
    case field_type::boolean_field:
    case field_type::null_boolean_field: return {"boolean"};
    case field_type::date_field: return {"date"};
    case field_type::datetime_field: return {"timestamp"};
    case field_type::time_field: return {"time"};
    case field_type::duration_field: return {"interval"};
    case field_type::uuid_field: return {"uuid"};
    case field_type::binary_field: return {"bytea"};
    case field_type::json_field: return {"jsonb"};
    // Cast(..., output_field=<a django.contrib.postgres field>) is not written.
    case field_type::array_field:
    case field_type::hstore_field:
    case field_type::ci_char_field:
    case field_type::ci_email_field:
    case field_type::ci_text_field:
    case field_type::integer_range_field:
    case field_type::big_integer_range_field:
    case field_type::decimal_range_field:
    case field_type::date_range_field:
    case field_type::datetime_range_field:
    case field_type::search_vector_field: return {};
    case field_type::big_integer_field:
    case field_type::big_auto_field:
    case field_type::positive_big_integer_field: return {"bigint"};
    case field_type::small_integer_field:
    case field_type::small_auto_field:
    case field_type::positive_small_integer_field: return {"smallint"};
    case field_type::auto_field:
    case field_type::integer_field:
    case field_type::positive_integer_field:
    case field_type::foreign_key:
    case field_type::one_to_one:
    case field_type::many_to_many: return {"integer"};
  }
  return {};
}

template <class Form, std::size_t N, class Key>
constexpr std::array<Form, N> table_of(Form (*entry)(Key)) {
  std::array<Form, N> out{};
  for (std::size_t i = 0; i < N; ++i) out[i] = entry(static_cast<Key>(i));
  return out;
}

inline constexpr arith_forms default_arithmetic =
    table_of<arith_form, ir::arith_op_count>(default_arith);
inline constexpr function_forms default_functions =
    table_of<function_form, ir::function_count>(default_function);
inline constexpr extract_forms default_extracts =
    table_of<extract_form, ir::date_part_count>(default_extract);
inline constexpr cast_forms default_casts = table_of<cast_form, field_type_count>(default_cast);

/// `base` with every field type the standard casts as a sized varchar cast as `form`.
constexpr cast_forms with_varchar_cast(cast_forms base, cast_form form) {
  for (std::size_t i = 0; i < field_type_count; ++i)
    if (default_casts[i].type == "varchar") base[i] = form;
  return base;
}

struct dialect_traits {
  dialect_id id;
  std::string_view name;

  // Identifiers.
  char quote_open = '"';
  char quote_close = '"';
  bool upper_identifiers = false;  // folds unquoted names to upper case
  std::size_t max_identifier = 0;  // 0: no limit; longer names are shortened with a hash

  // Parameters.
  paramstyle default_style = paramstyle::qmark;
  std::size_t max_parameters = 65535;         // bound parameters one statement may carry
  std::size_t max_in_list = 0;                // 0: no limit on the items of one IN list
  bool bind_booleans_as_int = false;          // no boolean type: bind 1/0
  bool native_duration = false;               // an interval type; else durations are microseconds
  std::string_view duration_param_cast = {};  // after a duration's placeholder: "::interval"
  bool time_as_datetime = false;          // no time type: a time binds as a datetime on 1900-01-01
  bool decimal_params_need_cast = false;  // text-bound decimals compare as text without a CAST

  // Clauses.
  limit_style limit = limit_style::limit_offset;
  std::string_view no_limit = {};  // LIMIT value meaning "all rows", when OFFSET needs a LIMIT
  bool select_booleans = true;     // false: predicates in SELECT lists need CASE WHEN
  bool boolean_conditions = true;  // a boolean value is a condition: WHERE "active" (Oracle: = 1)
  bool filter_clause = true;       // COUNT(x) FILTER (WHERE ...)
  bool distinct_on = false;        // SELECT DISTINCT ON (...)
  bool nulls_modifier = true;      // ORDER BY x NULLS FIRST/LAST
  bool returning = true;           // INSERT ... RETURNING gives back generated keys
  std::string_view pk_default_value = "DEFAULT";  // a row's generated key, Django's ops method
  conflict_target conflicts = conflict_target::update_needs_fields;
  bool wrap_self_subquery = false;  // a write may read its own table only through a derived table
  /// How a multi-table inheritance child's rows and its parents' go in one DELETE, joined child
  /// first (MySQL: `STRAIGHT_JOIN`, so that InnoDB's immediate foreign keys see the child rows
  /// go before their parents'); empty: the foreign keys are deferred to the commit and the plan
  /// deletes the parents, then the rows left without them (deletes.cpp).
  std::string_view parent_delete_join = {};
  /// InnoDB checks a foreign key at each row a statement changes; the others at the commit, as
  /// Django creates them (deletes.cpp orders a tree's rows deepest first for it).
  bool immediate_foreign_keys = false;
  /// How a tree of rows (ir::tree) is written: a recursive common table expression whose levels
  /// combine by `recursive_union`, or Oracle's hierarchical query (START WITH ... CONNECT BY
  /// NOCYCLE PRIOR), which its grammar also takes inside IN (...).
  std::string_view recursive_union = " UNION ";
  bool tree_connect_by = false;
  bool parenthesized_compound_parts = true;  // (SELECT ...) UNION (SELECT ...): parts may order
  bool nested_compound_parens = true;        // a compound part in parentheses, else SELECT * FROM
  bool compound_intersection = true;         // INTERSECT / EXCEPT (Django 3.2: not on MySQL)
  std::string_view except_operator = " EXCEPT ";
  bool range_frame_offsets = true;  // RANGE BETWEEN 1 PRECEDING ... (Django 3.2 refuses on PG)
  bool window_spread = true;        // STDDEV/VARIANCE work inside OVER (not SQLite's emulation)
  bool lag_default = true;          // LAG/LEAD take a third argument (MariaDB's do not)
  // Sum/Avg of a duration inside OVER: Django 3.2's MySQL writes CAST(SUM(x) AS SIGNED) OVER,
  // which does not parse.
  bool window_duration_sum = true;
  // Django's allows_group_by_pk: a grouped base key stands for the columns of every table whose
  // key is grouped (MariaDB fails to find a HAVING column beside a grouped one of its name).
  bool group_by_pk = false;
  // select_for_update(): what FOR UPDATE may say; none of it where rows cannot be locked.
  bool row_locks = true;         // false: select_for_update() is a plain SELECT, as Django
  bool lock_nowait = true;       // NOWAIT
  bool lock_skip_locked = true;  // SKIP LOCKED
  bool lock_of = true;           // OF ...
  bool lock_of_columns = false;  // OF names a column of each table, not the table
  bool lock_no_key = false;      // FOR NO KEY UPDATE
  bool lock_with_limit = true;   // FOR UPDATE with LIMIT/OFFSET
  bool lock_outer_side = true;   // locks a table on the nullable side of an outer join
  // explain(): Django's explain_query_prefix() of each backend.
  std::string_view explain_prefix = "EXPLAIN";             // empty: Django cannot explain here
  std::span<const std::string_view> explain_formats = {};  // format= values, upper case
  std::span<const std::string_view> explain_options = {};  // boolean options, upper case
  // JSONField.
  bool json_contains = true;  // the contains / contained_by lookups (Django: not SQLite, Oracle)
  bool json_type = false;     // a JSON type of its own: a key compares with JSON text, not numbers

  // Values and operators.
  bool empty_string_is_null = false;  // '' is stored as NULL
  bool native_uuid = false;           // a uuid type: UUIDs bound hyphenated, else 32 hex digits
  bool concat_operator = true;        // `||` concatenates (else CONCAT())
  bool backslash_literals = false;    // '\\' is one backslash in a string literal
  integer_division int_division = integer_division::truncates;
  bool divide_as_real = false;           // non-integer division casts its dividend to REAL
  bool typed_case_values = false;        // CASE branches of untyped parameters need CASTs
  bool nullif_null_first = true;         // NULLIF(NULL, x) (Django 3.2 refuses it on Oracle)
  std::string_view binary_compare = {};  // prefix that makes `=`/IN on text case-sensitive
  // A correlated subquery's results are cached per outer value compared by the column's
  // collation, so `= BINARY outer.city` answers 'Bonn' with the result for 'BONN' (MariaDB).
  bool subquery_cache_folds_case = false;
  bool limit_in_subquery = true;  // `x IN (SELECT ... LIMIT n)` (MariaDB: error 1235)

  // Pattern lookups (LIKE) and regular expressions.
  bool like_folds_case = false;  // LIKE ignores case: the i-lookups need no UPPER()
  std::string_view like_case_sensitive = " LIKE ";  // the operator of contains, startswith, ...
  std::string_view like_escape = {};   // " ESCAPE '\\'" where LIKE has no default escape
  std::string_view text_cast = {};     // suffix that makes a non-text operand text: "::text"
  std::string_view address_text = {};  // reads an inet address as text (no netmask): "HOST"
  std::string_view regex_operator = " REGEXP ";
  std::string_view iregex_operator = " REGEXP '(?i)' || ";

  // Tables, merged over the defaults.
  arith_forms arithmetic = default_arithmetic;
  function_forms functions = default_functions;
  extract_forms extracts = default_extracts;
  cast_forms casts = default_casts;

  // Hooks, each with its shared default.
  void (*pattern)(writer&, const ir::expr&, const ir::pattern&) = like_pattern;
  void (*regex)(writer&, const ir::expr&, const ir::regex&) = regexp_operator;
  void (*aggregate)(writer&, const ir::aggregate&) = standard_aggregate;
  void (*trunc)(writer&, const ir::expr&, const ir::trunc&) = date_trunc;
  void (*insert)(writer&, const ir::insert&) = values_insert;
  void (*temporal)(writer&, const ir::temporal&) = interval_arithmetic;
  void (*json_key)(writer&, const ir::json_key&) = json_extract;
  void (*json_value)(writer&, const ir::json_value&) = json_parsed_for_keys;
  void (*json_unquote)(writer&, const ir::json_unquote&) = json_as_is;
  void (*json_test)(writer&, const ir::json_test&) = json_type_test;
  void (*explain)(writer&, const ir::explain&) = parenthesized_explain;
};

const dialect_traits& traits_of(dialect_id d);

// Each dialect file defines one.
const dialect_traits& sqlite_dialect();
const dialect_traits& postgres_dialect();
const dialect_traits& mysql_dialect();
const dialect_traits& oracle_dialect();

}  // namespace sqlweave::render
