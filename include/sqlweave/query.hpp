// SPDX-License-Identifier: MIT
// The fluent C++ builder. Spelled as in Django so a queryset reads the same in both front ends:
//
//   auto q = objects("Book")
//                .filter(Q("title__startswith", "Dj") | Q("pages__gt", F("chapters") * 10))
//                .exclude("author__name__icontains", "smith")
//                .order_by({"-published", "title"})
//                .slice(5, 15);
//
// Everything here only builds ast:: nodes; compile() does the work.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sqlweave/ast.hpp"
#include "sqlweave/compile.hpp"

namespace sqlweave {

class queryset;

/// An expression or condition: a value, F(), Q(), a function call, a subquery.
class expression {
 public:
  expression(ast::expr node) : node_(std::move(node)) {}
  expression(sqlweave::value v) : node_(ast::make_literal(std::move(v))) {}
  expression(int v) : expression(sqlweave::value(v)) {}
  expression(long v) : expression(sqlweave::value(v)) {}
  expression(long long v) : expression(sqlweave::value(v)) {}
  expression(double v) : expression(sqlweave::value(v)) {}
  expression(bool v) : expression(sqlweave::value(v)) {}
  expression(const char* v) : expression(sqlweave::value(v)) {}
  expression(std::string v) : expression(sqlweave::value(std::move(v))) {}
  expression(std::nullptr_t) : expression(sqlweave::value()) {}
  expression(sqlweave::date v) : expression(sqlweave::value(v)) {}
  expression(sqlweave::datetime v) : expression(sqlweave::value(v)) {}
  expression(sqlweave::decimal v) : expression(sqlweave::value(std::move(v))) {}
  /// A list for `__in` and `__range`: `expression({1, 2, 3})`.
  expression(std::initializer_list<expression> items);
  /// A queryset used as a value: `__in=qs`.
  expression(const queryset& qs);

  const ast::expr& node() const { return node_; }

  /// F("x").asc(), F("x").desc(nulls::last)
  expression asc(ast::nulls_order n = ast::nulls_order::unspecified) const;
  expression desc(ast::nulls_order n = ast::nulls_order::unspecified) const;

 private:
  ast::expr node_;
};

expression operator+(const expression& a, const expression& b);
expression operator-(const expression& a, const expression& b);
expression operator*(const expression& a, const expression& b);
expression operator/(const expression& a, const expression& b);
expression operator%(const expression& a, const expression& b);
expression operator-(const expression& a);
/// Q algebra.
expression operator&(const expression& a, const expression& b);
expression operator|(const expression& a, const expression& b);
expression operator~(const expression& a);

/// A keyword argument: `{"distinct", true}`, `{"filter", Q("rating__gte", 4)}`.
using keyword = std::pair<std::string, expression>;

/// Q("title__startswith", "Dj")
expression Q(std::string_view lookup, expression rhs);
/// F("author__name")
expression F(std::string_view path);
/// OuterRef("pk")
expression OuterRef(std::string_view path);
/// Value("none")
expression Value(sqlweave::value v);
/// A named parameter bound later: param("prefix") is `:prefix` in text.
expression param(std::string_view name);
/// Any function of DESIGN.md section 3 by its Django name:
/// `func("Coalesce", {F("email"), Value("none")})`, `func("Count", {"tags"}, {{"distinct",
/// true}})`.
expression func(std::string_view name, std::vector<expression> args,
                std::vector<keyword> kwargs = {});
expression Count(expression arg, std::vector<keyword> kwargs = {});
expression Sum(expression arg, std::vector<keyword> kwargs = {});
expression Avg(expression arg, std::vector<keyword> kwargs = {});
expression Min(expression arg, std::vector<keyword> kwargs = {});
expression Max(expression arg, std::vector<keyword> kwargs = {});
expression Exists(const queryset& qs);
/// A model instance for bulk_create()/bulk_update(): `object("Product", {{"name", "x"}})`.
expression object(std::string model, std::vector<keyword> fields);
expression Subquery(const queryset& qs);

/// An immutable chain of queryset calls on one model. Each call returns a new queryset.
class queryset {
 public:
  explicit queryset(std::string model);
  explicit queryset(ast::query q) : q_(std::move(q)) {}

  queryset all() const;
  queryset filter(expression condition) const;
  queryset filter(std::string_view lookup, expression rhs) const;
  queryset exclude(expression condition) const;
  queryset exclude(std::string_view lookup, expression rhs) const;
  queryset annotate(std::string name, expression e) const;
  queryset annotate(std::vector<keyword> named) const;
  queryset alias(std::string name, expression e) const;
  queryset values(std::vector<std::string> fields = {}, std::vector<keyword> named = {}) const;
  queryset values_list(std::vector<std::string> fields, bool flat = false) const;
  queryset only(std::vector<std::string> fields) const;
  queryset defer(std::vector<std::string> fields) const;
  /// order_by({"-published", "title"}), order_by({F("cost").desc(ast::nulls_order::last)})
  queryset order_by(std::vector<expression> terms) const;
  queryset distinct() const;
  queryset select_related(std::vector<std::string> paths = {}) const;
  queryset prefetch_related(std::vector<std::string> paths) const;
  queryset reverse() const;
  /// qs[start:stop]; stop < 0 means open-ended.
  queryset slice(std::int64_t start, std::int64_t stop = -1) const;
  queryset at(std::int64_t index) const;

  // Terminal calls.
  queryset aggregate(std::vector<keyword> named, std::vector<expression> unnamed = {}) const;
  queryset count() const;
  queryset exists() const;
  queryset first() const;
  queryset last() const;
  queryset get(expression condition) const;
  queryset update(std::vector<keyword> assignments) const;
  queryset delete_rows() const;
  queryset create(std::vector<keyword> fields) const;
  /// Options: batch_size, ignore_conflicts, update_conflicts, update_fields, unique_fields.
  queryset bulk_create(std::vector<expression> objects, std::vector<keyword> options = {}) const;
  queryset bulk_update(std::vector<expression> objects, std::vector<std::string> fields,
                       std::vector<keyword> options = {}) const;

  const ast::query& ast() const { return q_; }
  compiled_query compile(const schema& s, dialect_id d, const compile_options& o = {}) const {
    return sqlweave::compile(s, q_, d, o);
  }

 private:
  queryset with(ast::step st) const;
  ast::query q_;
};

/// Book.objects
inline queryset objects(std::string model) {
  return queryset(std::move(model));
}

}  // namespace sqlweave
