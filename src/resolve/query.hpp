// SPDX-License-Identifier: MIT
// One queryset being resolved at one SELECT level: its scope (`lv`) and what its steps ask of the
// SELECT list and ordering. The clause binders are free functions over it, a unit each:
// steps.cpp (the chain), select_list.cpp (annotate, values, select_related, GROUP BY),
// ordering.cpp, terminals.cpp (count, exists, first/last, get, aggregate), writes.cpp,
// deletes.cpp, prefetch.cpp; query.cpp runs a whole query or subquery.
#pragma once

#include <string>
#include <vector>

#include "resolve/level.hpp"

namespace sqlweave::resolve {

/// One selected value of values()/values_list().
struct value_column {
  std::string_view name;
  ir::expr* value = nullptr;
  std::string_view model;  // the model and field it reads, for the result description
  std::string_view field;
};

/// A table select_related() or a multi-table parent adds, by the path select_for_update(of=)
/// names it with (`order__customer`, `place_ptr`).
struct followed_table {
  int table = 0;
  int depth = 1;
  std::string path;
};

struct query_state {
  query_state(context& cx, int model_index, level* outer) : lv(cx, model_index, outer) {}

  level lv;
  // values()/values_list(): what is selected.
  bool values_mode = false;
  small<value_column, 16> values;
  small<std::string_view, 8> values_names;  // the names values() was given: Django's _fields
  // An aggregate annotated in values() mode groups by the values selected then (Django's
  // set_group_by()); a later values() changes the SELECT list, not this grouping.
  bool grouped_by_values = false;
  small<ir::expr*, 8> group_values;
  small<std::string_view> only, defer;
  bool select_related_all = false;
  small<std::string_view> select_related;
  alias_list related_tables;
  std::vector<followed_table> followed;
  node_refs prefetch;
  bool explicit_order = false;
  node_refs order_terms;
  bool reversed = false;
  bool sliced = false;
  bool none = false;
  small<ir::expr*, 2> distinct_on;   // distinct(*fields)
  source_span distinct_span;         // the distinct(*fields) call, for errors about it
  std::optional<ir::row_lock> lock;  // select_for_update()
  node_refs lock_of;                 // its of=(...) names
  source_span lock_span;
  // The manager the rows come from (methods.cpp looks its methods up), and whether no step has
  // followed it yet: only then are the manager's own methods callable.
  const manager* mgr = nullptr;
  bool at_manager = false;
  int method_depth = 0;  // manager methods calling manager methods, bounded
};

/// One prefetch_related() hop: a SELECT whose `IN (<keys>)` takes the `key_column` values of the
/// statement it hangs off (`source`: -1 for the main one, else an earlier hop).
struct resolved_prefetch {
  std::string path;
  int source = -1;
  std::string key_column;
  std::string match_column;
  ir::select* select = nullptr;
};

/// The statements of a write plan, run in order: nearly always one, kept inline (no heap).
using write_plan = small<ir::write, 1>;

/// A whole query: one SELECT (with prefetches), or a write plan run in order.
struct resolved {
  ir::select* select = nullptr;
  std::vector<resolved_prefetch> prefetches;
  write_plan writes;  // a write: its statements (none when Django runs none)
  bool is_write = false;
  bool returns_bool = false;
  bool single_row = false;
  std::string keyed_by;  // in_bulk(): the result column that keys the rows
};

resolved resolve_query(context& cx, const ast::query& q);
/// The steps of a queryset inside another (a subquery, a Prefetch() queryset): none of them
/// may be terminal.
void apply_inner_steps(query_state& q, const ast::query& source);

// sugar.cpp: calls that are other calls in Django
/// dates(field, kind, order) and datetimes(...): annotate, values_list, distinct, filter,
/// order_by as Django spells them.
void apply_dates(query_state& q, const ast::step& st);
/// in_bulk(id_list, field_name=): the rows filtered by the keys, keyed by the field.
std::string plan_in_bulk(query_state& q, const ast::step& st);

// compound.cpp
/// Whether the queryset has union(), intersection() or difference().
bool is_compound(const ast::query& q);
resolved resolve_compound(context& cx, const ast::query& q);

// combine.cpp
/// qs | other, qs & other: the other queryset's conditions joined to q's.
void combine(query_state& q, const ast::step& st);

// extra.cpp
/// extra(select=, where=, params=, select_params=, order_by=): Django's trusted SQL pieces.
void apply_extra(query_state& q, const ast::step& st);

// managers.cpp
/// The model a queryset's rows come from: `Model`, or for `Model.<m2m>.through` that
/// relation's through model (declared or auto-created).
/// `fallback`: where an unknown model is shown when the query has no span of its own.
int root_model(const schema& s, const ast::query& source, source_span fallback = {});
/// The steps of the manager the query names (`Model.<manager>`, else the default one), first.
void apply_manager(query_state& q, const ast::query& source);

// methods.cpp
/// `.get_fun_people()`, `.by_author("x")`: the chain of that method of the query's manager or
/// QuerySet class, its arguments in place of its parameters.
void apply_method(query_state& q, const ast::step& st, bool first);
/// Throws "unknown queryset method" (with "did you mean") unless the step names a method the
/// query's manager has.
void check_method_known(const query_state& q, const ast::step& st);
/// Throws when the manager's or QuerySet's class defines a method of the step's built-in name
/// (a `def filter(self, ...)`), which Django would call instead.
void check_not_overridden(const query_state& q, const ast::step& st, bool first);

// steps.cpp
/// A non-terminal step: filter, annotate, values, order_by, slicing, ...
void apply_step(query_state& q, const ast::step& st);
/// Throws unless `name` is a plain identifier, the one rule for aliases.
void check_alias(std::string_view name, source_span span);

// locks.cpp
// filtered.cpp
/// Whether an annotate() argument is FilteredRelation(...).
bool is_filtered_relation(const ast::node& e);
/// annotate(name=FilteredRelation(...)): the name walks the relation's join with the condition.
void add_filtered_relation(query_state& q, std::string_view name, const ast::node& e,
                           source_span span);

// explain.cpp
/// explain(format=, **options): Django's prefix for the dialect, or its refusal.
const ir::explain* plan_explain(context& cx, const ast::step& st);

// locks.cpp
/// select_for_update(...): the lock's options, refused as Django refuses them per database.
void set_lock(query_state& q, const ast::step& st);
/// Records that `table` was joined from `from` (0: the base table) through relation `name`.
void follow(query_state& q, int table, int from, std::string_view name);
/// The finished SELECT's lock: the tables of=(...) names, once every join is known.
void finish_lock(query_state& q);

// select_list.cpp
// Multi-table inheritance: `ancestor` is a parent of `child`, or a parent's parent.
bool inherits_from(const schema& s, const model& child, const model& ancestor);
void add_annotations(query_state& q, const ast::step& st, bool selected);
void set_values(query_state& q, const ast::step& st);
void build_select_list(query_state& q);
// The columns of `m` at `table` (only()/defer() applied when asked), its multi-table parents'
// first but for those of `loaded`, a model whose columns the SELECT holds already.
void add_model_columns(query_state& q, int table, const model& m, bool apply_only_defer,
                       const model* loaded = nullptr);
/// An aggregate anywhere groups the query.
bool grouped(const query_state& q);
void build_group_by(query_state& q);
/// A bare string in annotate()/aggregate() names a field.
ir::expr* annotation_value(query_state& q, const ast::node& e);

// ordering.cpp
void set_ordering(query_state& q, const ast::step& st);
/// ORDER BY from order_by(), else Meta.ordering; reversed by reverse() and by `flip` (last()).
void build_order_by(query_state& q, bool flip);

// terminals.cpp
/// The SELECT list, WHERE/HAVING, ORDER BY and GROUP BY, shaped by the terminal call if any.
void finalize(query_state& q, const ast::step* terminal);
/// Finishes a queryset used inside another: Exists(qs), or a one-column subquery.
void finish_subquery(query_state& q, bool exists);

// writes.cpp, deletes.cpp
write_plan plan_update(query_state& q, const ast::query& source, const ast::step& st);
write_plan plan_insert(query_state& q, const ast::step& st);
write_plan plan_bulk_update(query_state& q, const ast::step& st);
write_plan plan_delete(query_state& q, const ast::query& source);
/// The rows a queryset selects, as the WHERE of a write on its table; asked once
/// check_not_sliced() has passed and selects_nothing() is false.
ir::expr* rows_predicate(query_state& q, const ast::query& source);
/// update() and delete() refuse a sliced queryset, as Django's asserts do.
void check_not_sliced(const query_state& q);

// empty_result.cpp
/// Whether the queryset's conditions are known to match no row (none(), `pk__in=[]` under AND),
/// where Django's compiler raises EmptyResultSet and its writes run no statement.
bool selects_nothing(const query_state& q);
/// The same of one condition (null: none, every row).
bool matches_nothing(const ir::expr* condition);
/// `condition` without the parts that match every row (`~Q(pk__in=[])`), which Django's
/// WhereNode compiles to nothing; null when nothing is left.
ir::expr* without_every_row(level& lv, ir::expr* condition);

// prefetch.cpp
void plan_prefetches(query_state& q, std::vector<resolved_prefetch>& out);

}  // namespace sqlweave::resolve
