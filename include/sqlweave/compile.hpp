// SPDX-License-Identifier: MIT
// compile(): resolved against a schema, rendered for one database, values bound as parameters.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sqlweave/ast.hpp"
#include "sqlweave/schema.hpp"
#include "sqlweave/value.hpp"

namespace sqlweave {

enum class dialect_id : std::uint8_t { sqlite, postgresql, mysql, oracle };

/// Every dialect, in one list for the CLI, the tests, the fuzz targets and the benchmarks.
inline constexpr dialect_id all_dialects[] = {dialect_id::sqlite, dialect_id::postgresql,
                                              dialect_id::mysql, dialect_id::oracle};

/// Placeholder styles of DESIGN.md section 6.
enum class paramstyle : std::uint8_t { qmark, numeric, named, format, pyformat, dollar };

std::string_view to_string(dialect_id d);
std::string_view to_string(paramstyle p);
/// `sqlite`, `postgresql`, `mysql` (or `mariadb`), `oracle`.
std::optional<dialect_id> dialect_from_name(std::string_view name);
std::optional<paramstyle> paramstyle_from_name(std::string_view name);
/// SQLite `qmark`, PostgreSQL `dollar`, MySQL `qmark`, Oracle `numeric`.
paramstyle default_paramstyle(dialect_id d);
/// Most bound parameters one statement may carry on a database.
std::size_t max_parameters(dialect_id d);

class extensions;

struct compile_options {
  std::optional<paramstyle> style;  // empty: the dialect's default
  /// false: RawSQL() and Func(function=, template=) are refused, for querysets that come from
  /// someone the program does not trust with SQL (`--no-raw` on the command line).
  bool trusted_sql = true;
  /// Functions, transforms and lookups the program adds (sqlweave/extensions.hpp).
  const extensions* ext = nullptr;
};

namespace detail {
/// How a pattern lookup's value becomes its parameter: escaped for LIKE (`\ % _`) or for
/// SQLite's GLOB (`* ? [`), then wrapped in wildcards; applied by bind() to named parameters.
enum class pattern_wrap : std::uint8_t {
  none,
  like_exact,
  like_contains,
  like_startswith,
  like_endswith,
  glob_contains,
  glob_startswith,
  glob_endswith,
};

/// Where bind() puts the value of a named parameter.
struct param_slot {
  std::size_t index = 0;  // into statement::params
  std::string name;       // the named parameter bound there
  pattern_wrap wrap = pattern_wrap::none;
};
}  // namespace detail

/// The name of the i-th placeholder (from 0) in the `named` and `pyformat` styles: `p1`, `p2`, ...
std::string placeholder_name(std::size_t i);

/// One column of a statement's result: its label and the model it belongs to (empty for
/// computed columns), so an embedding program can build objects from select_related rows.
struct result_column {
  std::string label;
  std::string model;
  std::string field;
  /// The value class of the column's output field, so executors decode a decimal as a decimal
  /// and a date as a date whatever the database hands back; empty when Django gives it none.
  std::optional<type_class> type;
  int decimal_places = -1;  // a DecimalField column's scale; -1 when not a model field
};

/// A statement's result columns, immutable and shared: copying a statement (compiled_query's
/// copy, bind(), a cache hit) copies a pointer, and the statements of a model's default columns
/// all share the one list its schema made. `for (const result_column& c : st.columns)`.
class result_columns {
 public:
  result_columns() = default;
  /// Shares `list`, which holds `size` columns.
  result_columns(std::shared_ptr<const result_column[]> list, std::size_t size)
      : list_(std::move(list)), size_(size) {}

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const result_column& operator[](std::size_t i) const { return list_[i]; }
  const result_column* begin() const { return list_.get(); }
  const result_column* end() const { return list_.get() + size_; }

 private:
  std::shared_ptr<const result_column[]> list_;
  std::size_t size_ = 0;
};

/// What a statement is for; `plan`: explain() asks for the database's plan of the main SELECT.
enum class statement_role : std::uint8_t { main, prefetch, write, plan };

/// When a statement of a plan runs. Most plans run every statement, in order; the plans of
/// get_or_create() and update_or_create() decide by what their lookup (a `main` SELECT, as
/// get() compiles it) found, as Django's methods do:
///   lookup (always)               one row: the object; more: MultipleObjectsReturned
///   insert (if_none_found)        in a savepoint; an integrity error rolls back to it and ...
///   lookup again (if_insert_failed)  ... the row it finds is the object (none: that error)
///   update (if_found)             update_or_create(): a lookup found the row, set defaults=
/// connection::run() follows these rules; an embedding executor follows them the same way.
enum class run_rule : std::uint8_t { always, if_none_found, if_insert_failed, if_found };

std::string_view to_string(run_rule r);

struct statement {
  std::string sql;
  std::vector<value> params;              // in placeholder order
  std::vector<detail::param_slot> slots;  // the named parameters among them, for bind()
  result_columns columns;                 // empty for writes
  statement_role role = statement_role::main;
  run_rule rule = run_rule::always;
  /// Whether its rows affected enter the plan's total as Django counts it: not the SET_NULL,
  /// SET_DEFAULT and SET() updates of a delete() plan, nor an update()'s UPDATEs of multi-table
  /// parents after the first (Django returns the count of its first UPDATE only).
  bool counted = true;
  std::string note;  // e.g. prefetch path, or "keys cannot be returned"
};

/// One prefetch_related() hop: run after the statement it hangs off, with the values of that
/// statement's `key_column` as keys; its rows belong to the parent whose key equals their
/// `match_column`. `statements(keys)` binds the keys, batched under the parameter limit.
struct prefetch_plan {
  std::string path;          // "orders", "orders__lines"
  int source = -1;           // -1: the main statement; else an earlier prefetch_plan
  std::string key_column;    // result column of the source holding the keys
  std::string match_column;  // result column of this statement holding the parent key
  std::string sql_head;      // SQL before the key list ...
  std::string sql_tail;      // ... and after it
  /// The values bound before the key list and after it (a Prefetch() queryset's conditions,
  /// annotations and ordering).
  std::vector<value> head_params;
  std::vector<value> tail_params;
  result_columns columns;
  dialect_id dialect = dialect_id::sqlite;
  paramstyle style = paramstyle::qmark;

  std::vector<statement> statements(const std::vector<value>& keys) const;
};

/// The compiled form of a query: usually one statement; batched bulk writes and delete plans
/// give several, run in order; get_or_create()/update_or_create() give several, run by their
/// `rule`s; prefetch_related adds `prefetches`, run after them.
struct compiled_query {
  dialect_id dialect = dialect_id::sqlite;
  paramstyle style = paramstyle::qmark;
  std::vector<statement> statements;
  std::vector<prefetch_plan> prefetches;
  bool returns_bool = false;  // exists(): truth of the first row
  bool single_row = false;    // get(), first(), last(), aggregate(), count()
  /// A write (update(), delete(), create(), bulk_create(), bulk_update(), get_or_create(),
  /// update_or_create()): its result is the rows affected, also when it runs nothing.
  bool is_write = false;
  std::string keyed_by;  // in_bulk(): the result column whose values key the rows

  /// Fills named parameters: `c.bind({{"prefix", "Dj"}})`. Throws error(unbound_parameter)
  /// naming the first parameter without a value. The result has no unbound parameters left.
  compiled_query bind(const std::map<std::string, value, std::less<>>& values) const;
  /// The named parameters still waiting for bind(), in placeholder order, each once.
  std::vector<std::string> unbound_parameters() const;
  /// Whether Django runs no statement for the queryset, so the plan has none: a write whose rows
  /// are known empty (`none().update(...)`, `filter(pk__in=[]).delete()`) or that has nothing to
  /// write (`update()`, `bulk_create([])`, `bulk_update([], [...])`), and `aggregate()` with
  /// nothing to compute. Its result is Django's: 0 rows affected, or aggregate()'s `{}`.
  bool runs_nothing() const { return statements.empty(); }
};

/// Resolves `q` against `s` and renders it for `d`.
compiled_query compile(const schema& s, const ast::query& q, dialect_id d,
                       const compile_options& options = {});

}  // namespace sqlweave
