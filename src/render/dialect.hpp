// SPDX-License-Identifier: MIT
// A dialect is a table of differences over the shared renderer: data for what is a setting, and a
// few hooks for the constructs whose SQL has a different shape. dialects/<name>.cpp fills one in.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "resolve/ir.hpp"
#include "sqlweave/compile.hpp"

namespace sqlweave::render {

class writer;

enum class limit_style : std::uint8_t {
  limit_offset,  // LIMIT n OFFSET m
  offset_fetch,  // OFFSET m ROWS FETCH FIRST n ROWS ONLY
};

struct dialect_traits {
  dialect_id id;
  std::string_view name;
  char quote_open;
  char quote_close;
  bool upper_identifiers;      // Oracle folds unquoted names to upper case
  std::size_t max_identifier;  // 0: no limit; longer names are shortened with a hash
  limit_style limit;
  std::string_view no_limit;      // LIMIT value meaning "all rows", for OFFSET without LIMIT
  bool empty_string_is_null;      // Oracle stores '' as NULL
  bool select_booleans;           // false: predicates in SELECT need CASE WHEN
  bool bind_booleans_as_int;      // no boolean type: bind 1/0
  bool filter_clause;             // COUNT(x) FILTER (WHERE ...)
  bool nulls_modifier;            // ORDER BY x NULLS FIRST/LAST
  bool decimal_params_need_cast;  // SQLite: text decimals compare as text without CAST
  std::size_t max_in_list;        // 0: no limit; Oracle allows 1000 per IN list
  bool concat_function;           // CONCAT(a, b): `||` is not concatenation (MySQL)
  bool backslash_literals;        // '\\' is one backslash in a string literal (MySQL)
  bool mod_function;              // MOD(a, b) instead of a % b (Oracle)
  bool wrap_self_subquery;        // a write may not read its own table unless derived (MySQL)
  bool cast_case_values;          // CASE branches of unknown-typed parameters need CASTs (PG)
  bool returning;                 // INSERT ... RETURNING gives back generated keys

  // Hooks: the constructs whose SQL has a different shape per database.
  void (*pattern)(writer& w, const ir::node& n);  // contains, iexact, ...
  void (*regex)(writer& w, const ir::node& n);
  void (*extract)(writer& w, ir::date_part part, const ir::node& operand);
  void (*trunc)(writer& w, ir::date_part part, const ir::node& operand, type_class result);
  void (*function)(writer& w, const ir::node& n);  // fn:: calls that differ; else shared
  void (*cast)(writer& w, const ir::node& n);      // CAST(x AS <type>) and stand-ins
  /// a / b where it differs: `integers` when both are integer-typed (they must truncate).
  void (*division)(writer& w, const ir::node& a, const ir::node& b, bool integers);
  void (*stddev_variance)(writer& w, const ir::node& n);  // null: native STDDEV_POP etc.
  void (*case_sensitive_operand)(writer& w, const ir::node& operand);  // null: plain
  /// DDL: the column type of a concrete field (an FK column gets its target key's type, passed
  /// as a non-auto field), with the auto-increment clause for auto primary keys.
  std::string (*column_type)(const field& f);
  /// INSERT with its conflict handling; null: INSERT ... VALUES ... ON CONFLICT ... RETURNING.
  void (*insert)(writer& w, const ir::write& ins);
};

const dialect_traits& traits_of(dialect_id d);

/// The LIKE-escaping transform of a pattern lookup's parameter: `%v%`, `v%`, `%v` or `v`.
inline param_transform like_transform(ir::pattern_op op) {
  switch (op) {
    case ir::pattern_op::exact_ci: return param_transform::like_exact;
    case ir::pattern_op::contains:
    case ir::pattern_op::icontains: return param_transform::like_contains;
    case ir::pattern_op::startswith:
    case ir::pattern_op::istartswith: return param_transform::like_startswith;
    case ir::pattern_op::endswith:
    case ir::pattern_op::iendswith: return param_transform::like_endswith;
  }
  return param_transform::none;
}

/// Case-insensitive pattern lookups: iexact, icontains, istartswith, iendswith.
inline bool case_insensitive(ir::pattern_op op) {
  return op == ir::pattern_op::exact_ci || op == ir::pattern_op::icontains ||
         op == ir::pattern_op::istartswith || op == ir::pattern_op::iendswith;
}

/// The SQL-standard field name of EXTRACT(<field> FROM x) for the parts that have one.
inline std::string_view extract_field(ir::date_part p) {
  switch (p) {
    case ir::date_part::year: return "YEAR";
    case ir::date_part::quarter: return "QUARTER";
    case ir::date_part::month: return "MONTH";
    case ir::date_part::day: return "DAY";
    case ir::date_part::hour: return "HOUR";
    case ir::date_part::minute: return "MINUTE";
    case ir::date_part::second: return "SECOND";
    case ir::date_part::week: return "WEEK";
    default: return {};
  }
}

}  // namespace sqlweave::render
