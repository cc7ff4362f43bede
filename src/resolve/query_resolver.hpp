// SPDX-License-Identifier: MIT
// The resolver of one SELECT level (subqueries get their own, linked through `outer_`).
// Split over joins.cpp, filters.cpp, expressions.cpp and query_resolver.cpp.
#pragma once

#include <boost/container/small_vector.hpp>
#include <optional>
#include <string_view>
#include <vector>

#include "resolve/ir.hpp"
#include "resolve/resolver.hpp"

namespace sqlweave::resolve {

/// Lists that stay on the stack at their usual sizes, so resolving allocates next to nothing.
template <class T, std::size_t N = 8>
using small = boost::container::small_vector<T, N>;
using alias_list = small<int>;  // select::tables indexes: the joins a condition uses
using node_refs = small<const ast::node*>;

/// Where an expression is used: decides join reuse and whether joins vote in promotion.
struct use_site {
  bool in_filter = false;  // a filter()/exclude() call: multi-valued joins reused only within it
  bool negated = false;    // under an odd number of NOTs
  bool branch_negated = false;  // under any NOT: multi-valued hops become subqueries
};

/// A field path walked to its end: the expression, and what it went through.
struct path_end {
  ir::node* expr = nullptr;
  const field* target = nullptr;  // the final concrete field, if the path ends on one
  int table = -1;                 // select::tables index the expression reads from
  alias_list joins;               // joins used (for promotion votes)
  small<std::string_view> rest;   // transforms and lookup left over
  bool nullable = false;          // the value can be NULL (nullable column or outer join)
};

/// Throws error(bad_argument) unless `name` is a plain identifier, the one rule for aliases.
void check_alias(std::string_view name, source_span span);

class query_resolver {
 public:
  query_resolver(context& cx, const model& m, int model_index, query_resolver* outer);

  resolved run(const ast::query& q);
  /// Builds this level for use as a subquery value (`__in=qs`, Subquery, Exists).
  ir::select* run_as_subquery(const ast::query& q, bool exists);

  // Used across the split files.
  ir::node* expression(const ast::node& n, const use_site& site, alias_list* votes);
  ir::node* condition(const ast::node& n, const use_site& site, alias_list* votes);

 private:
  struct annotation {
    std::string_view name;
    ir::node* expr;
    bool selected;
  };
  struct value_field {
    std::string_view name;
    ir::node* expr;
    std::string_view model;
    std::string_view field;
  };

  // --- steps (query_resolver.cpp)
  void apply(const ast::step& st);
  void add_filter(const ast::step& st, bool negate);
  void add_annotations(const ast::step& st, bool selected);
  void set_values(const ast::step& st);
  void set_ordering(const ast::step& st);
  void finalize(const ast::step* terminal);
  void build_select_list();
  void build_group_by();
  void build_order_by(bool for_last);
  void finish_subquery(bool exists);

  // --- prefetch_related (prefetch.cpp)
  void plan_prefetches(std::vector<resolved_prefetch>& out);
  resolved_prefetch prefetch_hop(std::string_view path, int source, int relation_index,
                                 const model& from);

  // --- writes (writes.cpp)
  std::vector<ir::write*> plan_update(const ast::query& q, const ast::step& st);
  std::vector<ir::write*> plan_delete(const ast::query& q);
  std::vector<ir::write*> plan_insert(const ast::step& st);
  std::vector<ir::write*> plan_bulk_update(const ast::step& st);
  ir::write* new_write(ir::write::kind what, std::string_view table);
  const field& writable_field(std::string_view name, source_span span, bool allow_pk);
  ir::node* write_value(const field& f, const ast::node& v);
  ir::node* rows_predicate(const ast::query& q);
  ir::select* key_select(int model_index, std::string_view fk_column, ir::select* parent_keys);
  ir::node* in_keys(ir::node* col, ir::select* keys);
  void collect(int model_index, ir::select* keys, std::vector<ir::write*>& out, int depth);
  ir::list<ir::node*>* insert_row(const ast::node& object, const std::vector<const field*>& fields);
  void aggregate_terminal(const ast::step& st);
  void add_model_columns(int table, const model& m, bool apply_only_defer);
  void add_select_related(int table, const model& m, std::string_view path, int depth);
  void add_all_select_related(int table, const model& m, int depth);
  bool grouped() const;
  void order_term(const ast::node& term, bool descending, ast::nulls_order nulls, int depth);
  ir::node* order_path(std::string_view name, source_span span);
  const model* related_ordering(std::string_view path) const;
  ir::node* lift(ir::node* n, ir::select& inner, const ir::table_ref* derived);
  std::string_view arena_text(std::string_view text);
  ir::node* literal_annotation(const ast::node& e);
  std::string_view default_alias(const ast::node& n);

  // --- joins (joins.cpp)
  int join(int parent, int relation, bool reuse_any, int* link_out);
  int add_table(ir::table_ref t);
  void promote(alias_list aliases);
  void demote(alias_list aliases);
  path_end walk(std::string_view path, source_span span, const use_site& site, bool allow_lookups);
  std::string_view alias_for(std::string_view table);

  // --- filters (filters.cpp)
  void add_q(const node_refs& children, bool negate);
  ir::node* q_tree(bool connector_or, const node_refs& children, use_site site,
                   alias_list& needed_inner);
  ir::node* q_child(const ast::node& n, const use_site& site, alias_list& votes);
  bool path_is_multi(std::string_view path) const;
  ir::node* leaf(const ast::node& lookup, const use_site& site, alias_list& votes);
  ir::node* lookup_predicate(ir::node* lhs, const field* target, std::string_view lookup,
                             const ast::node& rhs, source_span span, const use_site& site,
                             alias_list* votes);
  ir::node* exclude_multi(const ast::node& lookup);
  ir::node* value_param(const ast::node& rhs, const field* target, type_class type,
                        source_span span);
  ir::node* year_bounds(ir::node* inner, std::string_view lookup, const ast::node& rhs);

  // --- expressions (expressions.cpp)
  ir::node* call(const ast::node& n, const use_site& site, alias_list* votes);
  ir::node* aggregate(ir::agg_fn f, const ast::node& n, const use_site& site);
  ir::node* field_ref(std::string_view path, source_span span, const use_site& site,
                      alias_list* votes, path_end* walked = nullptr);
  ir::node* subquery_value(const ast::query& q, bool exists, source_span span);
  ir::node* outer_ref(const ast::node& n);
  const annotation* find_annotation(std::string_view name) const;
  [[noreturn]] void unknown_name(std::string_view name, source_span span, const model& m) const;

 public:
  // Node construction (arena).
  ir::node* make(ir::kind k);
  ir::node* column(int table, std::string_view col, const field* f);
  ir::node* param(const value* v, type_class type);
  ir::node* owned_param(value v, type_class type);
  ir::node* truth(bool b);
  ir::node* unary(ir::kind k, ir::node* a);
  ir::node* binary_node(ir::kind k, ir::node* a, ir::node* b);
  ir::node* predicate(ir::kind k, ir::node* lhs);
  ir::node* junction(ir::kind k, small<ir::node*> parts);
  ir::list<ir::node*>* make_list();

  context& cx_;
  const model& model_;
  int model_index_;
  query_resolver* outer_;
  ir::select* sel_;
  char alias_prefix_ = 0;  // 0 at the top level, 'U', 'V', ... in subqueries

  small<annotation> annotations_;
  small<ir::node*> where_;  // conjuncts
  int filter_call_ = -1;
  // values()/values_list(): names selected, and whether they group a later aggregate
  bool values_mode_ = false;
  small<value_field, 16> values_;
  bool grouped_by_values_ = false;
  // only()/defer()
  small<std::string_view> only_, defer_;
  // select_related()
  bool select_related_all_ = false;
  small<std::string_view> select_related_;
  alias_list related_tables_;
  node_refs prefetch_;
  // order_by()
  bool explicit_order_ = false;
  node_refs order_terms_;
  bool reversed_ = false;
  bool sliced_ = false;
  bool none_ = false;
  bool summarizing_ = false;  // aggregate() over a derived table: aggregates of aggregates
};

}  // namespace sqlweave::resolve
