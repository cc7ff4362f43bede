// SPDX-License-Identifier: MIT
// The resolved query: bound columns, a join graph and typed expressions. Dialects see only this.
//
// An expression is one of a closed set of small structs (`ir::form`); a renderer visits them
// with an overload set, so a new kind that is not handled everywhere breaks the build. Each kind
// has its own enums (compare_op, pattern_op, date_part, trunc_kind, ...) instead of a shared
// integer whose meaning changes per kind, so a Trunc to 'week_day' cannot even be written down.
// Everything lives in the compile's arena: nodes are trivially destructible and never freed one
// by one; lists are spans into the arena.
#pragma once

#include <cstdint>
#include <memory_resource>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "sqlweave/compile.hpp"
#include "sqlweave/error.hpp"
#include "sqlweave/schema.hpp"
#include "sqlweave/value.hpp"

namespace sqlweave::ir {

struct expr;
struct select;
struct table_ref;

using exprs = std::span<expr* const>;

enum class join_type : std::uint8_t { base, inner, left_outer };
enum class nulls_order : std::uint8_t { unspecified, first, last };

enum class compare_op : std::uint8_t { eq, ne, lt, le, gt, ge };
enum class arith_op : std::uint8_t {
  add,
  sub,
  mul,
  div,
  mod,
  pow,
  bit_and,
  bit_or,
  bit_xor,
  bit_left_shift,
  bit_right_shift,
};
inline constexpr std::size_t arith_op_count =
    static_cast<std::size_t>(arith_op::bit_right_shift) + 1;
enum class pattern_op : std::uint8_t {
  iexact,
  contains,
  icontains,
  startswith,
  istartswith,
  endswith,
  iendswith,
};
enum class aggregate_fn : std::uint8_t {
  count,
  sum,
  avg,
  min,
  max,
  stddev_samp,
  stddev_pop,
  var_samp,
  var_pop,
};
/// Scalar functions. Their spelling per dialect is a table in render/dialect.hpp.
enum class function : std::uint8_t {
  coalesce,
  greatest,
  least,
  nullif,
  concat,
  lower,
  upper,
  length,
  trim,
  ltrim,
  rtrim,
  substr,
  replace,
  abs,
  round,
  ceil,
  floor,
  mod,
  power,
  sqrt,
  sign,
  exp,
  ln,
  log,
  pi,
  sin,
  cos,
  tan,
  asin,
  acos,
  atan,
  atan2,
  cot,
  degrees,
  radians,
  now,
  left,
  right,
  strindex,
  repeat,
  lpad,
  rpad,
  reverse,
  ord,
  chr,
  md5,
  sha1,
  sha224,
  sha256,
  sha384,
  sha512,
  json_object,  // JSONObject(): key, value, key, value, ...
  rand,         // Random(): a float in [0, 1)
  random,       // order_by("?"): the database's own random ordering key
};
inline constexpr std::size_t function_count = static_cast<std::size_t>(function::random) + 1;

/// Functions that exist only in an OVER clause.
enum class window_fn : std::uint8_t {
  row_number,
  rank,
  dense_rank,
  percent_rank,
  cume_dist,
  ntile,
  lag,
  lead,
  first_value,
  last_value,
  nth_value,
};

/// What EXTRACT-like transforms take out of a date, datetime or time.
enum class date_part : std::uint8_t {
  year,
  iso_year,
  quarter,
  month,
  week,
  week_day,
  iso_week_day,
  day,
  hour,
  minute,
  second,
};
inline constexpr std::size_t date_part_count = static_cast<std::size_t>(date_part::second) + 1;

/// What Trunc* keeps: the value cut down to the start of its year, ..., second; or the date or
/// the time of a datetime.
enum class trunc_kind : std::uint8_t {
  year,
  quarter,
  month,
  week,
  day,
  hour,
  minute,
  second,
  date,
  time,
};
inline constexpr std::size_t trunc_kind_count = static_cast<std::size_t>(trunc_kind::time) + 1;

using pattern_wrap = detail::pattern_wrap;

/// The target of a Cast, and of the typed values of bulk_update's CASE on PostgreSQL.
struct cast_target {
  field_type type = field_type::integer_field;
  int max_length = 0;  // sized text; 0: unsized
  int max_digits = 0;  // sized decimal; 0: unsized
  int decimal_places = 0;
};

// ---------------------------------------------------------------- expression forms

struct column {
  const table_ref* table = nullptr;
  std::string_view name;
  /// The schema's ready `"table"."column"` text for this dialect, written whole while the
  /// table has no alias; empty: quoted piece by piece.
  std::string_view qualified;
};
/// A value bound as a parameter.
struct parameter {
  const value* val = nullptr;
};
/// `:name` / param("name"): a placeholder bind() fills.
struct named_parameter {
  std::string_view name;
};
struct null_literal {};
/// An integer written into the SQL: a window function's offset or bucket count, which MariaDB
/// takes only as a literal. Only ever made from a validated integer, like LIMIT.
struct integer {
  std::int64_t value = 0;
};
struct star {};
/// A constant predicate: `1 = 1` / `1 = 0`.
struct truth {
  bool value = false;
};
/// prefetch_related(): where the parent keys go, bound when they are known.
struct key_list {};
/// ORDER BY "alias": a selected annotation named by its alias, as Django orders by them.
struct alias_ref {
  std::string_view alias;
  expr* target = nullptr;  // the annotation's expression (for GROUP BY)
};
struct arithmetic {
  arith_op op = arith_op::add;
  expr* lhs = nullptr;
  expr* rhs = nullptr;
};
struct negation {
  expr* operand = nullptr;
};
struct call {
  ir::function fn = ir::function::coalesce;
  exprs args;
};
struct aggregate {
  aggregate_fn fn = aggregate_fn::count;
  expr* arg = nullptr;
  expr* filter = nullptr;  // Count(..., filter=Q(...)), or null
  bool distinct = false;
};
struct when_clause {
  expr* condition = nullptr;
  expr* result = nullptr;
};
struct case_when {
  std::span<const when_clause> whens;
  expr* otherwise = nullptr;           // null: ELSE NULL, or no ELSE for bulk_update
  const cast_target* typed = nullptr;  // bulk_update: the column's type, for its THEN values
};
struct compare {
  compare_op op = compare_op::eq;
  expr* lhs = nullptr;
  expr* rhs = nullptr;
};
struct pattern {
  pattern_op op = pattern_op::contains;
  expr* lhs = nullptr;
  expr* rhs = nullptr;
};
struct regex {
  expr* lhs = nullptr;
  expr* rhs = nullptr;
  bool insensitive = false;
};
struct in_list {
  expr* lhs = nullptr;
  exprs items;
};
struct in_subquery {
  expr* lhs = nullptr;
  const select* sub = nullptr;
  bool reads_written_table = false;  // MySQL cannot, except through a derived table
};
struct between {
  expr* lhs = nullptr;
  expr* low = nullptr;
  expr* high = nullptr;
};
struct is_null {
  expr* operand = nullptr;
  bool negated = false;  // IS NOT NULL
};
struct junction {
  bool any = false;  // OR; else AND
  exprs parts;
};
struct logical_not {
  expr* operand = nullptr;
  bool bare = false;  // NOT x, as Django negates Exists() and a boolean lookup; else NOT (x)
};
struct exists {
  const select* sub = nullptr;
};
struct scalar_subquery {
  const select* sub = nullptr;
};
struct extract {
  date_part part = date_part::year;
  expr* operand = nullptr;
};
struct trunc {
  trunc_kind kind = trunc_kind::year;
  expr* operand = nullptr;
};
struct cast {
  cast_target target;
  expr* operand = nullptr;
};
/// `operand COLLATE "name"`: Collate(), the name checked as Django checks it (letters, digits,
/// `_` and `-`) and quoted as an identifier.
struct collate {
  expr* operand = nullptr;
  std::string_view name;
};
/// Trusted SQL text with values and expressions in it: RawSQL(), Func(template=), a program's
/// registered templates. Each piece is text written as given, or an expression.
struct raw_piece {
  std::string_view text;
  expr* value = nullptr;
};
struct raw_sql {
  std::span<const raw_piece> pieces;
};
struct window_call {
  window_fn fn = window_fn::row_number;
  exprs args;
};
/// `ROWS|RANGE BETWEEN <start> AND <end>`: an offset below 0 PRECEDING, 0 CURRENT ROW, above 0
/// FOLLOWING; none UNBOUNDED.
struct window_frame {
  bool rows = true;  // ROWS, else RANGE
  std::optional<std::int64_t> start;
  std::optional<std::int64_t> end;
};
/// One ORDER BY term (of a SELECT or a window).
struct order_item {
  expr* value = nullptr;
  bool descending = false;
  nulls_order nulls = nulls_order::unspecified;
  bool bare = false;  // no ASC/DESC written: a window's F() ordering, as Django prints it
};
/// `<function> OVER (PARTITION BY ... ORDER BY ... <frame>)`.
struct window {
  expr* function = nullptr;  // an aggregate or a window_call
  exprs partition_by;
  std::span<const order_item> order_by;
  std::optional<window_frame> frame;
};

/// Date and time arithmetic, each database with its own form: a date, datetime or time moved
/// by a duration (Django's DurationExpression), or the duration between two of the same type
/// (TemporalSubtraction). Durations added to durations are plain arithmetic.
enum class temporal_op : std::uint8_t { shift, difference };
struct temporal {
  temporal_op op = temporal_op::shift;
  bool subtract = false;  // shift: minus the duration
  expr* lhs = nullptr;
  expr* rhs = nullptr;
};

/// A JSONField key path, Django's KeyTransform (`data__a__0`): the value at `path` inside
/// `base`. Both spellings of the path are bound parameters: the JSON path text (`$."a"[0]`) and
/// PostgreSQL's key (`a`, an integer index, or a text array `{a,0}` for a nested path).
struct json_key {
  expr* base = nullptr;
  std::span<const std::string_view> keys;
  expr* path = nullptr;
  expr* pg_key = nullptr;
  bool nested = false;  // more than one key: PostgreSQL's #> / #>>
  bool text = false;    // KeyTextTransform: PostgreSQL's ->> / #>>
};
/// A value's JSON text bound as a parameter, parsed as JSON where the database needs it to be
/// (Django's JSONExact / KeyTransformExact / KeyTransformIn right-hand sides).
struct json_value {
  expr* text = nullptr;
  bool against_key = false;  // compared with a key's value
  bool compound = false;     // an array or object (Oracle reads it with JSON_QUERY)
};
/// A JSON operand compared by a lookup, as Django's lookup_cast has it: MariaDB keeps JSON as
/// text and compares the unquoted value; elsewhere the operand itself.
struct json_unquote {
  expr* operand = nullptr;
  bool fold_case = false;  // a case-insensitive lookup on a key: MariaDB lowers both sides
};
enum class json_op : std::uint8_t {
  contains,      // data @> value
  contained_by,  // data <@ value
  has_key,       // the keys exist (all of them: has_keys; any: has_any_keys)
  has_all_keys,
  has_any_keys,
  key_missing,  // data__a__isnull=True
  key_present,  // data__a__isnull=False
  json_null,    // data=None / data__a=None: the JSON null
};
/// A JSONField lookup with its own shape per database.
struct json_test {
  json_op op = json_op::contains;
  expr* lhs = nullptr;      // the JSON column or a json_key
  expr* base = nullptr;     // the document lhs is in: the column itself, or the key's base
  expr* value = nullptr;    // contains / contained_by: the document; json_null: the text null
  exprs paths;              // has_*: the full JSON path of each key
  expr* pg_keys = nullptr;  // has_*: PostgreSQL's key, or text array of keys
};

using form =
    std::variant<column, parameter, named_parameter, null_literal, integer, star, truth, key_list,
                 alias_ref, arithmetic, negation, call, aggregate, case_when, compare, pattern,
                 regex, in_list, in_subquery, between, is_null, junction, logical_not, exists,
                 scalar_subquery, extract, trunc, cast, collate, raw_sql, window_call, window,
                 temporal, json_key, json_value, json_unquote, json_test>;

/// Two sources whose classes do not combine (`F("name") + F("stock")`). Django raises only where
/// the output field is needed (a selected column, a lookup's left side), so it travels with the
/// expression until then.
struct type_conflict {
  field_type first;
  field_type second;
  source_span span;
};

/// One typed expression.
struct expr {
  ir::form form;
  std::optional<field_type> type;           // Django's output field class, when it has one
  const type_conflict* conflict = nullptr;  // no type: its sources do not combine
  source_span span;                         // the text it came from; empty for synthesized nodes
  bool has_aggregate = false;               // an aggregate inside: grouping, HAVING
  bool has_window = false;                  // an OVER clause inside: not in WHERE, not in GROUP BY
  bool conditional = false;  // a predicate (bare in WHERE, CASE WHEN in Oracle SELECTs)
  /// A subquery over a queryset that matches nothing by construction inside: Django cannot
  /// compile it (EmptyResultSet), so a condition over it is false, also under NOT.
  bool over_empty = false;

  template <class T>
  bool is() const {
    return std::holds_alternative<T>(form);
  }
  template <class T>
  const T* as() const {
    return std::get_if<T>(&form);
  }
  template <class T>
  T* as() {
    return std::get_if<T>(&form);
  }
  std::optional<type_class> value_class() const {
    if (!type) return std::nullopt;
    return class_of(*type);
  }
  bool is_class(type_class c) const { return type && class_of(*type) == c; }
};
static_assert(std::is_trivially_destructible_v<expr>);

// ---------------------------------------------------------------- statements

/// A table in FROM: the base table, a join, or a derived table.
struct table_ref {
  std::string_view table;  // real table name
  std::string_view alias;  // empty: referred to by its table name
  int model = -1;          // -1 for M2M link tables
  int parent = -1;         // index of the table joined to, in select::tables
  std::string_view parent_column;
  std::string_view column;
  int relation = -1;  // schema relation that made this join
  join_type type = join_type::base;
  bool nullable = false;            // the join can find no partner
  bool multi_valued = false;        // the join can repeat parent rows
  bool link_hop = false;            // first half of an M2M hop
  int filter_call = -1;             // the filter() call that made it (for multi-valued reuse)
  const select* derived = nullptr;  // FROM (SELECT ...) alias
  bool filtered = false;            // a FilteredRelation's join: never reused by other paths
  expr* condition = nullptr;        // its condition, ANDed into the ON clause
  /// The schema's ready text for this dialect, written whole while the table has no alias:
  /// `"table"`; and for a join whose parent has none either, `"table" ON ("p"."x" = "table"."y"`
  /// (precomputed_tables.hpp). Empty: quoted piece by piece.
  std::string_view ready_table;
  std::string_view ready_join;
};

struct select_item {
  expr* value = nullptr;
  std::string_view alias;  // empty: a plain column
  std::string_view model;  // owning model for the result description
  std::string_view field;
  std::string_view label =
      {};  // the result's key (values()); empty: the alias or the column's name
  // A compound's ORDER BY column that no part selects (Django's `__orderbycol<N>`): in the SQL,
  // after the selected ones, but not in the result description.
  bool hidden = false;
};

/// What a SELECT returns.
enum class select_shape : std::uint8_t {
  rows,           // its items
  count,          // SELECT COUNT(*) over the rest
  wrapped_count,  // SELECT COUNT(*) FROM (<this>) subquery
  exists_probe,   // SELECT 1 AS a ... (exists())
};

enum class set_operation : std::uint8_t { union_, intersection, difference };

/// `part UNION part ...` (intersection, difference): a SELECT made of other SELECTs.
struct compound {
  set_operation op = set_operation::union_;
  bool all = false;  // UNION ALL
  std::span<const select* const> parts;
};

/// One SELECT (or the query part of an UPDATE/DELETE).
/// One table select_for_update(of=...) names, with the first column the SELECT reads from it
/// (Oracle's OF names that column).
struct lock_target {
  const table_ref* table = nullptr;
  std::string_view column;
};

/// select_for_update(): FOR [NO KEY] UPDATE [OF <tables>] [NOWAIT | SKIP LOCKED].
struct row_lock {
  bool nowait = false;
  bool skip_locked = false;
  bool no_key = false;
  std::span<const lock_target> of;  // empty: every table of the FROM clause
};

/// One boolean option of explain(): `analyze=True` is {"ANALYZE", true}.
struct explain_option {
  std::string_view name;  // upper case, one the dialect knows
  bool on = false;
};

/// explain(format=, **options): the database's plan of the SELECT instead of its rows.
struct explain {
  std::string_view format;                  // upper case, one of the dialect's; empty: its default
  std::span<const explain_option> options;  // by name
};

/// `WITH RECURSIVE name(key[, depth]) AS (roots UNION SELECT ...)` (Oracle: CONNECT BY): the rows
/// of a table that `roots` names and every row below them through its self-referential foreign
/// keys, as many levels down as the data goes (a delete()'s tree of CASCADEs).
struct tree {
  std::string_view name;
  std::string_view table;
  std::string_view key;                     // the column the foreign keys point at
  std::span<const std::string_view> links;  // the foreign keys' columns
  const select* roots = nullptr;            // SELECT key[, 0] FROM table WHERE ...
  /// Also each row's level (0 for the roots), stopped after as many levels as the table has
  /// rows, which only a cycle in the data reaches: UNION ALL keeps every (key, level).
  bool depth = false;
};

struct select {
  explicit select(std::pmr::memory_resource* r) : tables(r), items(r), group_by(r), order_by(r) {}
  std::pmr::vector<table_ref*> tables;  // [0] is the base table
  std::pmr::vector<select_item> items;
  expr* where = nullptr;
  expr* having = nullptr;
  std::pmr::vector<expr*> group_by;
  std::pmr::vector<order_item> order_by;
  select_shape shape = select_shape::rows;
  const ir::compound* compound = nullptr;  // set: the parts instead of FROM/WHERE; items describe
  bool distinct = false;
  exprs distinct_on;  // DISTINCT ON (...)
  std::int64_t offset = 0;
  std::int64_t limit = -1;  // -1: none
  std::optional<row_lock> lock;
  const ir::explain* explain = nullptr;  // set: EXPLAIN ... this SELECT
  const ir::tree* with = nullptr;        // set: WITH RECURSIVE ... before it, FROM may name it
};

/// One column assignment of an UPDATE.
struct assignment {
  std::string_view column;
  expr* value = nullptr;
};

enum class conflict_action : std::uint8_t { none, ignore, update };

struct insert {
  std::string_view table;
  std::span<const std::string_view> columns;
  /// One list of values per row. A row of no values writes the key's default (a model with no
  /// column but its auto primary key: `("id") VALUES (DEFAULT)`, Django's pk_default_value()).
  std::span<const exprs> rows;
  conflict_action conflict = conflict_action::none;
  std::span<const std::string_view> update_columns;  // ON CONFLICT ... DO UPDATE SET these
  std::span<const std::string_view> unique_columns;  // ON CONFLICT (these)
  std::string_view returning;                        // a column to return (the key), or empty
};

struct update {
  std::string_view table;
  std::span<const assignment> sets;
  expr* where = nullptr;
  /// Whether its rows affected are part of the count Django returns (statement::counted).
  bool counted = true;
};

/// A multi-table inheritance parent deleted in the same statement as its child's rows (MySQL:
/// `DELETE child, parent FROM child STRAIGHT_JOIN parent ON child.ptr = parent.pk`).
struct parent_join {
  std::string_view table;
  std::string_view key;          // its primary key column
  std::string_view from_table;   // the table whose parent link points at it
  std::string_view from_column;  // that parent link's column
};

struct delete_rows {
  std::string_view table;
  expr* where = nullptr;
  std::span<const parent_join> parents;  // empty: the table's rows alone
  /// Set: ORDER BY each row's level in this tree, deepest first, so that foreign keys checked
  /// at once (InnoDB) never see a row go before the rows below it.
  const tree* deepest_first = nullptr;
};

/// One statement of a write plan.
using write = std::variant<insert, update, delete_rows>;

}  // namespace sqlweave::ir
