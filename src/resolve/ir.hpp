// SPDX-License-Identifier: MIT
// The resolved query: bound columns, a join graph and typed expressions. Dialects see only this.
// Every node lives in the compile's arena (a monotonic buffer): no per-node heap allocation and
// nothing to free one by one, so nodes must stay trivially destructible.
#pragma once

#include <cstdint>
#include <memory_resource>
#include <string_view>
#include <vector>

#include "sqlweave/compile.hpp"
#include "sqlweave/schema.hpp"
#include "sqlweave/value.hpp"

namespace sqlweave::ir {

template <class T>
using list = std::pmr::vector<T>;

enum class join_type : std::uint8_t { base, inner, left_outer };

/// A table in FROM: the base table or a join.
struct table_ref {
  std::string_view table;  // real table name
  std::string_view alias;  // empty: referred to by its table name
  int model = -1;          // -1 for M2M link tables
  int parent = -1;         // index of the table joined to, in select::tables
  std::string_view parent_column;
  std::string_view column;
  int relation = -1;  // schema relation that made this join
  join_type type = join_type::base;
  bool nullable = false;      // the join can find no partner
  bool multi_valued = false;  // the join can repeat parent rows
  bool link_hop = false;      // first half of an M2M hop
  int filter_call = -1;       // the filter() call that made it (for multi-valued reuse)
  const struct select* derived = nullptr;  // FROM (SELECT ...) alias
};

enum class kind : std::uint8_t {
  column,
  param,
  null,
  star,
  truth,  // truth: constant true/false predicate
  arith,
  negate,
  func,
  aggregate,
  case_when,
  compare,
  pattern,
  regex,
  in_list,
  in_subquery,
  between,
  is_null,
  and_,
  or_,
  not_,
  exists,
  subquery,
  extract,
  trunc,
  cast,
  key_list,  // prefetch_related(): where the parent keys go, bound when they are known
};

enum class compare_op : std::uint8_t { eq, ne, lt, le, gt, ge };
enum class pattern_op : std::uint8_t {
  exact_ci,
  contains,
  icontains,
  startswith,
  istartswith,
  endswith,
  iendswith,
};
enum class agg_fn : std::uint8_t {
  count,
  sum,
  avg,
  min,
  max,
  stddev_samp,
  stddev_pop,
  var_samp,
  var_pop
};
enum class fn : std::uint8_t {
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
  now,
  left,
  right,
  strindex,
  repeat,
  lpad,
  rpad,
  reverse,
  random,
};
/// Date parts for EXTRACT-like transforms and truncation kinds.
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
  date,
  time,
};

struct select;

/// One typed expression. Fields are used per kind (see the comments); unused ones stay zero.
struct node {
  ir::kind kind = ir::kind::null;
  type_class type = type_class::integer;
  bool typed = false;  // type is known
  bool has_aggregate = false;
  bool conditional = false;  // a predicate (renders bare in WHERE, needs CASE in Oracle SELECT)
  std::uint8_t op = 0;       // arith, compare_op, pattern_op, agg_fn, fn, date_part
  bool flag = false;  // distinct (aggregate), negated (is_null), insensitive (regex), true (truth)
  const table_ref* table = nullptr;      // column
  std::string_view column;               // column
  const sqlweave::value* val = nullptr;  // param
  std::string_view param_name;           // param: named parameter
  param_transform transform = param_transform::none;
  std::int64_t number = 0;  // cast: max_length, or max_digits * 1000 + decimal_places
  node* a = nullptr;
  node* b = nullptr;
  node* c = nullptr;
  list<node*>* items = nullptr;  // func args, in_list, and/or, case pairs (when, then, ...)
  select* sub = nullptr;         // exists, subquery, in_subquery
};

struct select_item {
  node* expr = nullptr;
  std::string_view alias;  // empty: a plain column
  std::string_view model;  // owning model for result description
  std::string_view field;
};

struct order_item {
  node* expr = nullptr;
  bool descending = false;
  ast::nulls_order nulls = ast::nulls_order::unspecified;
};

/// One SELECT (or the query part of an UPDATE/DELETE).
struct select {
  explicit select(std::pmr::memory_resource* r) : tables(r), items(r), group_by(r), order_by(r) {}
  list<table_ref*> tables;  // [0] is the base table
  list<select_item> items;
  node* where = nullptr;
  node* having = nullptr;
  list<node*> group_by;
  list<order_item> order_by;
  bool distinct = false;
  bool count_star = false;    // SELECT COUNT(*) over the rest
  bool wrap_count = false;    // SELECT COUNT(*) FROM (<this>) subquery
  bool exists_probe = false;  // SELECT 1 AS a ... (exists())
  std::int64_t offset = 0;
  std::int64_t limit = -1;  // -1: none
};

/// One column assignment of an UPDATE.
struct assignment {
  std::string_view column;
  node* value = nullptr;
};

enum class conflict_action : std::uint8_t { none, ignore, update };

/// An INSERT, UPDATE or DELETE of a write plan.
struct write {
  enum class kind : std::uint8_t { insert, update, delete_rows };
  explicit write(std::pmr::memory_resource* r)
      : sets(r), columns(r), rows(r), update_columns(r), unique_columns(r) {}
  kind what = kind::update;
  std::string_view table;
  node* where = nullptr;           // UPDATE, DELETE
  list<assignment> sets;           // UPDATE
  list<std::string_view> columns;  // INSERT
  list<list<node*>*> rows;         // INSERT: one list of values per row
  conflict_action conflict = conflict_action::none;
  list<std::string_view> update_columns;  // ON CONFLICT ... DO UPDATE SET these
  list<std::string_view> unique_columns;  // ON CONFLICT (these)
  std::string_view returning;             // a column to return (the primary key), or empty
};

}  // namespace sqlweave::ir
