// SPDX-License-Identifier: MIT
// The query AST: what the user asked, in the user's words. No SQL and no schema knowledge.
// Both front ends (the C++ builder and the text DSL) produce exactly these trees; the resolver
// is the only consumer. Nodes are immutable and shared, so Q and F values compose freely.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sqlweave/error.hpp"
#include "sqlweave/value.hpp"

namespace sqlweave::ast {

struct node;
struct query;
using expr = std::shared_ptr<const node>;

enum class node_kind : std::uint8_t {
  literal,    // val: 42, "Dj", None, date(2020, 1, 1)
  list,       // args: the elements of [..] or (..)
  dict,       // kwargs: the entries of {"key": value, ...}, a JSON object
  param,      // name: a named parameter, `:prefix` / param("prefix")
  field,      // name: a field path, F("author__name") or a bare string argument "name"
  outer_ref,  // name: OuterRef("pk"); args[0] set for OuterRef(OuterRef("pk"))
  star,       // Count("*")
  binary,     // op; args[0] op args[1]
  negate,     // -args[0]
  call,       // name: function (Count, Coalesce, Case, When, ...); args; kwargs
  lookup,     // name: "title__startswith"; args[0]: the right-hand side (a Q leaf)
  q_and,      // args
  q_or,       // args
  q_not,      // args[0]
  subquery,   // sub: a queryset used as a value (__in=qs, Subquery(qs), Exists(qs))
  order,      // args[0] ordered by; descending, nulls
  object,     // name: model; kwargs: field values (Product(name="x") in bulk_create)
};

/// Arithmetic and the bitwise operators Django spells as methods (F("x").bitand(3)).
enum class arith : std::uint8_t {
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

/// Deepest expression tree make_node() builds (bounds every recursion over the tree).
inline constexpr std::uint16_t max_expression_depth = 256;
enum class nulls_order : std::uint8_t { unspecified, first, last };

/// A 128-bit structural hash (two independent 64-bit lanes): node::shape and shape_of().
struct shape_key {
  std::uint64_t lo = 0;
  std::uint64_t hi = 0;
  friend bool operator==(const shape_key&, const shape_key&) = default;
};

/// A keyword argument: `distinct=True`, `n_tags=Count("tags")`, `title__startswith="Dj"`.
struct kwarg {
  std::string name;
  expr value;
  source_span span;  // the name
};

struct node {
  node_kind kind = node_kind::literal;
  arith op = arith::add;
  bool descending = false;
  nulls_order nulls = nulls_order::unspecified;
  std::string name;
  sqlweave::value val;
  std::vector<expr> args;
  std::vector<kwarg> kwargs;
  std::shared_ptr<const query> sub;
  source_span span;
  std::uint16_t depth = 1;  // of this subtree, kept by make_node()
  /// Literal nodes in this subtree, its subquery's included (make_node() keeps it), so a walk
  /// for the literals sizes its output at once and skips subtrees without any.
  std::uint32_t literals = 0;
  /// Hash of this subtree's structure, kept by make_node(): kinds, names, operators, the number
  /// and shapes of children, but of a literal only its kind and a coarse class of its content
  /// (shape_class), so querysets that differ only in values share it (statement_cache's key).
  shape_key shape;
};

enum class step_kind : std::uint8_t {
  all,
  filter,
  exclude,
  annotate,
  alias,
  values,
  values_list,
  only,
  defer,
  order_by,
  distinct,
  select_related,
  prefetch_related,
  reverse,
  select_for_update,
  slice,
  none,
  union_,
  intersection,
  difference,
  // qs | other and qs & other (args[0]: the other queryset, a subquery node): Django's
  // Query.combine(), the other's conditions joined to this one's with OR or AND
  combine_or,
  combine_and,
  extra,  // extra(select=, where=, params=, select_params=, order_by=): trusted SQL
  dates,  // dates(field, kind, order): sugar the resolver expands, as Django does
  datetimes,
  // `method`: a method of the manager's class or of its QuerySet class (get_fun_people(),
  // by_author("x")); the resolver puts the chain its body returns in its place
  custom,
  // terminal steps: the query ends with at most one of these
  aggregate,
  count,
  exists,
  first,
  last,
  earliest,
  latest,
  get,
  in_bulk,
  update,
  delete_rows,
  create,
  bulk_create,
  bulk_update,
  explain,   // explain(format=, **options): the database's plan instead of the rows
  iterator,  // iterator(chunk_size=): the rows, fetched in chunks; prefetch_related() ignored
  // kwargs: the lookups, and `defaults` (a dict) when given; compiled as a plan of statements
  // that an executor follows by the rows its lookup finds
  get_or_create,
  update_or_create,
};

/// One call in the chain. filter/exclude/get: args are Q trees and lookup nodes (keyword
/// lookups are turned into lookup nodes). annotate/alias/aggregate/values/update/create: kwargs
/// are named expressions, args unnamed ones. Name lists (order_by, only, select_related, ...)
/// are literal strings or expressions in args.
struct step {
  step_kind kind = step_kind::all;
  std::vector<expr> args;
  std::vector<kwarg> kwargs;
  std::optional<std::int64_t> start;  // slice [start:stop] and index [i]
  std::optional<std::int64_t> stop;
  bool index = false;  // qs[i], not qs[a:b]
  source_span span;    // the method name
  std::string method;  // custom: the method's name, as written
};

/// `Model.objects.<steps>`.
struct query {
  std::string model;
  source_span model_span;
  /// `Model.<manager>`: `objects`, `in_print`; empty for a bare `Model.filter(...)` and the
  /// builder's objects("Model"), which mean the model's default manager.
  std::string manager;
  source_span manager_span;
  /// `Model.<m2m>.through.<manager>`: the rows of that many-to-many relation's through model
  /// (the declared `through=` model, or the one Django creates); empty for the model's own.
  std::string through;
  source_span through_span;
  std::vector<step> steps;
  /// `Tournament.objects.get(pk=1).pool_set.filter(...)`: the steps are those of a related
  /// manager, `accessor`, read on the instance the `instance` queryset's get() returns (and
  /// `model` is empty).
  std::shared_ptr<const query> instance;
  std::string accessor;
  source_span accessor_span;
};

/// The structural hash of a whole query (its model, steps and their nodes' `shape`s).
shape_key shape_of(const query& q);

/// The part of a literal's content that its shape keeps, because compile() decides by it
/// beyond the value's kind: an integer as below zero, 0, 1 or above (bounded arguments such as
/// Ntile(0)), a text as empty or not (Oracle's `= ''` is `IS NULL`).
std::uint8_t shape_class(const sqlweave::value& v);

/// Shorthands for building nodes (used by both front ends). make_node() throws
/// error(limit_exceeded) for a tree deeper than max_expression_depth.
expr make_literal(sqlweave::value v, source_span span = {});
expr make_field(std::string path, source_span span = {});
expr make_node(node n);

}  // namespace sqlweave::ast
