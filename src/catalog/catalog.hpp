// SPDX-License-Identifier: MIT
// One table per kind of name: lookups, transforms, functions and queryset methods. Each entry is
// a row holding what validation, "did you mean" lists and the generated reference (`sqlweave
// list ...`, the README tables) need; adding a lookup or a function is one row plus its
// rendering. Per-dialect support is read from the dialect traits, where the facts live.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "ir/ir.hpp"
#include "sqlweave/ast.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave::catalog {

// ---------------------------------------------------------------- lookups

enum class lookup : std::uint8_t {
  exact,
  iexact,
  gt,
  gte,
  lt,
  lte,
  in,
  contains,
  icontains,
  startswith,
  istartswith,
  endswith,
  iendswith,
  range,
  isnull,
  regex,
  iregex,
  contained_by,
  has_key,
  has_keys,
  has_any_keys,
};

/// What the right-hand side of a lookup must be.
enum class rhs_shape : std::uint8_t {
  value,    // one value or expression
  list,     // a list, tuple or queryset
  pair,     // (low, high)
  boolean,  // True or False
};

struct lookup_entry {
  std::string_view name;
  catalog::lookup id;
  rhs_shape rhs;
  bool on_relations;  // one of Django's related lookups, valid on a relation itself
  std::string_view summary;
  bool json_only = false;  // registered on JSONField (and its keys) alone
};

std::span<const lookup_entry> lookups();
const lookup_entry* find_lookup(std::string_view name);
const lookup_entry& lookup_of(lookup id);

// ---------------------------------------------------------------- transforms

/// The field classes a transform is registered on (Django registers the date parts on
/// DateField, which DateTimeField inherits, and the time parts on DateTimeField and TimeField).
enum class temporal : std::uint8_t {
  date = 1,
  datetime = 2,
  time = 4,
};
constexpr std::uint8_t operator|(temporal a, temporal b) {
  return static_cast<std::uint8_t>(static_cast<std::uint8_t>(a) | static_cast<std::uint8_t>(b));
}
constexpr std::uint8_t operator|(std::uint8_t a, temporal b) {
  return static_cast<std::uint8_t>(a | static_cast<std::uint8_t>(b));
}

struct transform_entry {
  std::string_view name;
  std::optional<ir::date_part> part;    // an Extract
  std::optional<ir::trunc_kind> trunc;  // date / time: a Trunc
  std::uint8_t registered_on;           // temporal bits
  field_type result;
  std::string_view summary;
};

std::span<const transform_entry> transforms();
const transform_entry* find_transform(std::string_view name);
/// The temporal class of a field type, or 0 when no transform applies to it.
std::uint8_t temporal_of(field_type t);
/// Every lookup and transform name, for "did you mean".
std::vector<std::string_view> lookup_and_transform_names();

// ---------------------------------------------------------------- functions

enum class function_kind : std::uint8_t {
  aggregate,
  scalar,
  extract,  // ExtractYear(...), Extract(..., "kind")
  trunc,    // TruncMonth(...), Trunc(..., "kind")
  window,   // RowNumber(), Lag(...): only inside Window()
  special,  // its own binder: Value, Case, When, Cast, ExpressionWrapper, Subquery, Exists
};

enum class special_function : std::uint8_t {
  none,
  value,
  case_,
  when,
  cast,
  expression_wrapper,
  subquery,
  exists,
  window,     // Window(expression, partition_by=, order_by=, frame=)
  raw_sql,    // RawSQL(sql, params): trusted SQL
  func,       // Func(*expressions, function=, template=, arg_joiner=, **extra): trusted SQL
  row_range,  // RowRange(start=, end=), only as a Window's frame
  value_range,
  key_transform,       // KeyTransform(key, json): a JSONField key
  key_text_transform,  // KeyTextTransform(key, json): a key as text
  filtered_relation,   // FilteredRelation(relation_name, condition=Q(...)), only in annotate()
  collate,             // Collate(expression, collation)
  json_object,         // JSONObject(**fields)
};

/// How a function's output field follows from its arguments, as Django resolves it.
enum class result_rule : std::uint8_t {
  fixed,    // `result`
  sources,  // the common class of the arguments (mixed classes need output_field=)
  numeric,  // Avg, StdDev, Variance: Decimal for decimals, else Float
  first,    // the first argument's class (Substr, Round's number, Abs, ...)
  operand,  // Extract/Trunc and Cast decide themselves
};

/// A literal argument Django checks: `Substr("name", 0)` is refused ('pos' must be > 0).
struct argument_bound {
  std::uint8_t index;
  int least;
  std::string_view name;
};

struct function_entry {
  std::string_view name;
  function_kind kind;
  std::uint8_t min_args;
  std::uint8_t max_args;
  std::span<const std::string_view> keywords;  // options only keywords can give
  bool any_keywords = false;                   // Func(): extra keywords fill its template
  /// Names of the positional parameters, which keywords may give too: Substr(x, 2, length=3).
  std::span<const std::string_view> parameters;
  result_rule rule;
  std::optional<field_type> result;
  // The node it becomes, per kind.
  ir::aggregate_fn aggregate = ir::aggregate_fn::count;
  ir::function scalar = ir::function::coalesce;
  ir::window_fn window = ir::window_fn::row_number;
  std::optional<ir::date_part> part;
  std::optional<ir::trunc_kind> trunc;
  special_function special = special_function::none;
  std::optional<argument_bound> bound;
  std::string_view summary;
};

std::span<const function_entry> functions();
const function_entry* find_function(std::string_view name);
std::vector<std::string_view> function_names();

// ---------------------------------------------------------------- queryset methods

inline constexpr std::uint8_t any_count = 255;

struct method_entry {
  std::string_view name;
  ast::step_kind step;
  bool terminal;  // ends the query: nothing may follow
  std::uint8_t min_args;
  std::uint8_t max_args;  // any_count: no limit
  bool any_keywords;      // keyword arguments are names (lookups, annotations), not options
  std::span<const std::string_view> keywords;  // the options it takes otherwise
  std::string_view summary;
};

/// Throws error(bad_argument) unless the step's arguments fit its method.
void check_arguments(const method_entry& m, const ast::step& st);

std::span<const method_entry> methods();
const method_entry* find_method(std::string_view name);
const method_entry& method_of(ast::step_kind k);
/// The method a step came from, for messages: `earliest`, not `first`.
std::string_view method_name(ast::step_kind k);
/// The name a step was called by: method_name(), or a manager method's own name.
std::string_view step_name(const ast::step& st);
std::vector<std::string_view> method_names();

// ---------------------------------------------------------------- field classes

/// Django's field class hierarchy: `derives_from(email_field, char_field)`,
/// `derives_from(datetime_field, date_field)` (DateTimeField subclasses DateField).
bool derives_from(field_type derived, field_type base);

}  // namespace sqlweave::catalog
