// SPDX-License-Identifier: MIT
// One SELECT level being resolved: the scope every clause binder works in. It owns the join
// graph (select::tables), the annotations, the WHERE conjuncts, and makes typed nodes. A
// subquery is a level of its own whose `outer` is the level it appears in.
#pragma once

#include <optional>
#include <string_view>

#include "resolve/context.hpp"

namespace sqlweave::resolve {

struct annotation {
  std::string_view name;
  ir::expr* value = nullptr;
  bool selected = false;  // annotate() rather than alias()
  bool extra = false;     // extra(select=): selected before the model's columns
};

/// annotate(name=FilteredRelation("relation", condition=Q(...))): `name__...` paths walk a join
/// of the relation's last hop of its own, whose ON clause adds the condition. Joined when a path
/// first uses it.
struct filtered_relation {
  std::string_view name;
  std::string_view relation;             // `orders`, `order__customer`
  const ast::node* condition = nullptr;  // a Q tree; null for none (Django's default Q())
  int table = -1;                        // its join, once made
};

/// Where an expression is used: decides join reuse and whether joins vote in promotion.
struct use_site {
  bool in_filter = false;  // a filter()/exclude() call: multi-valued joins reused only within it
  bool negated = false;    // under an odd number of NOTs
  bool branch_negated = false;  // under any NOT: multi-valued hops become subqueries
  bool in_expression = false;   // a condition inside an expression: NOT stays per row
};

class level {
 public:
  level(context& cx, int model_index, level* outer);

  context& cx;
  const model& m;
  const int model_index;
  level* const outer;
  ir::select* sel;        // replaced by aggregate() over a derived table
  char alias_prefix = 0;  // 0 at the top level, 'U', 'V', ... in subqueries

  small<annotation> annotations;
  small<filtered_relation, 2> filtered;
  const filtered_relation* resolving = nullptr;  // the one whose condition is being resolved
  small<ir::expr*> where;                        // conjuncts of filter()/exclude() calls
  int filter_call = -1;                          // the filter()/exclude() call being resolved
  /// While the other side of `qs | other` or `qs & other` is resolved (combine.cpp): the
  /// tables below `first_table` are this side's. With OR each may serve one of the other
  /// side's filter() calls (a multi-valued one becomes that call's); with AND none is reused.
  struct combining_side {
    int first_table = 0;
    int first_call = 0;
    bool reuse = false;
    alias_list reused;  // this side's joins the other side used
  } combining;
  bool summarizing = false;       // aggregate() over a derived table: aggregates of aggregates
  bool reads_outer_text = false;  // OuterRef() of a text column of `outer`

  const annotation* find_annotation(std::string_view name) const;
  filtered_relation* find_filtered(std::string_view name);
  /// Throws error(unknown_field) with the names of `on` (and this level's annotations).
  [[noreturn]] void unknown_name(std::string_view name, source_span span, const model& on) const;

  // Typed nodes.
  ir::expr* column(int table, std::string_view name, const field* f);
  ir::expr* column_of(const ir::table_ref* table, std::string_view name, const field* f);
  /// By field index, the schema's ready texts of `m`'s columns when table `table` is `m`'s own
  /// (see column_of()); empty when it is not.
  std::span<const std::string_view> ready_columns(int table, const model& m) const;
  /// The column of field `f` of table `table`, written as `qualified` (from ready_columns()).
  ir::expr* ready_column(const ir::table_ref* table, const field& f, std::string_view qualified);
  /// The schema's ready join text of hop `hop` of relation `relation` (see ir::table_ref) when
  /// table `parent` is the schema's own table that hop starts from; else empty.
  std::string_view ready_join(int parent, int relation, int hop) const;
  ir::expr* param(const value* v, std::optional<field_type> type, source_span span = {});
  ir::expr* kept_param(value v, std::optional<field_type> type, source_span span = {});
  ir::expr* null();
  ir::expr* truth(bool b);
  ir::expr* negate(ir::expr* e, bool bare = false);
  ir::expr* is_null(ir::expr* e, bool negated);
  ir::expr* compare(ir::compare_op op, ir::expr* lhs, ir::expr* rhs);
  ir::expr* junction(bool any, std::span<ir::expr* const> parts);
  /// The conjuncts as one condition (null when there are none).
  ir::expr* all_of(std::span<ir::expr* const> parts);
  ir::expr* in_subquery(ir::expr* lhs, const ir::select* sub, bool reads_written_table);
  /// A table joined into this level's FROM, with Django's alias when its name is taken (T<n> at
  /// the top level) or in a subquery (U0, U1, ...; V0, ... one level deeper).
  int add_table(ir::table_ref t);
  ir::select* new_select();
  ir::table_ref* new_table(ir::table_ref t);
  std::string_view text(std::string_view s) { return cx.mem.text(s); }
};

/// Whether two expressions are the same value: the same node, or the same column.
inline bool same_value(const ir::expr* a, const ir::expr* b) {
  if (a == b) return true;
  const auto* x = a->as<ir::column>();
  const auto* y = b->as<ir::column>();
  return x && y && x->table == y->table && x->name == y->name;
}

/// `into` contains what `from` contains: an aggregate, an OVER clause, an empty subquery.
inline void absorb(ir::expr& into, const ir::expr& from) {
  into.has_aggregate = into.has_aggregate || from.has_aggregate;
  into.has_window = into.has_window || from.has_window;
  into.over_empty = into.over_empty || from.over_empty;
}

/// A predicate node with its flags: conditional, and what its operands contain. Over an empty
/// subquery it is false, as Django drops a condition it cannot compile from its WHERE (and
/// keeps every row under NOT), where SQL would compare with NULL.
template <class Form>
ir::expr* predicate(level& lv, Form f, std::initializer_list<const ir::expr*> operands,
                    source_span span = {}) {
  ir::expr* e = lv.cx.mem.node(std::move(f), span);
  e->conditional = true;
  for (const ir::expr* o : operands)
    if (o) absorb(*e, *o);
  if (e->over_empty) return lv.truth(false);
  return e;
}

}  // namespace sqlweave::resolve
