// SPDX-License-Identifier: MIT
// The fluent C++ builder. Spelled as in Django so a queryset reads the same in both front ends:
//
//   auto q = objects("Book")
//                .filter(Q("title__startswith", "Dj") | Q("pages__gt", F("chapters") * 10))
//                .exclude("author__name__icontains", "smith")
//                .order_by({"-published", "title"})
//                .slice(5, 15);
//
// Everything here only builds ast:: nodes; compile() does the work. Options Django takes as
// keywords are methods here (`Count("tags").distinct()`): an aggregate of options initialised
// by designation would warn under GCC's -Wmissing-field-initializers in users' builds.
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
  expression(sqlweave::time_of_day v) : expression(sqlweave::value(v)) {}
  expression(sqlweave::decimal v) : expression(sqlweave::value(std::move(v))) {}
  /// A list for `__in` and `__range`: `expression({1, 2, 3})`.
  expression(std::initializer_list<expression> items);
  /// A queryset used as a value: `__in=qs`.
  expression(const queryset& qs);

  const ast::expr& node() const { return node_; }

  /// F("flags").bit_and(4): Django's bitand(), bitor(), bitxor(), bitleftshift(), bitrightshift().
  expression bit_and(const expression& other) const;
  expression bit_or(const expression& other) const;
  expression bit_xor(const expression& other) const;
  expression bit_left_shift(const expression& other) const;
  expression bit_right_shift(const expression& other) const;

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

/// A keyword argument of func() and object(): `{"output_field", func("FloatField", {})}`.
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
/// `func("Coalesce", {F("email"), Value("none")})`.
expression func(std::string_view name, std::vector<expression> args,
                std::vector<keyword> kwargs = {});

/// An aggregate with its options as methods, typed where Django takes keywords:
/// `Count("tags").distinct()`, `Sum("total").filter(Q("status", "paid")).default_value(0)`.
class aggregate : public expression {
 public:
  explicit aggregate(ast::expr node) : expression(std::move(node)) {}
  /// Count(..., distinct=True)
  aggregate distinct() const;
  /// Count(..., filter=Q(...)): only the rows the condition holds for.
  aggregate filter(const expression& condition) const;
  /// Sum(..., default=0): the value of an empty group instead of NULL.
  aggregate default_value(const expression& v) const;
  /// StdDev(..., sample=True), Variance(..., sample=True)
  aggregate sample() const;

 private:
  aggregate with(std::string name, const expression& v) const;
};

aggregate Count(expression arg);
aggregate Sum(expression arg);
aggregate Avg(expression arg);
aggregate Min(expression arg);
aggregate Max(expression arg);
aggregate StdDev(expression arg);
aggregate Variance(expression arg);
expression Exists(const queryset& qs);
/// A model instance for bulk_create()/bulk_update(): `object("Product", {{"name", "x"}})`.
expression object(std::string model, std::vector<keyword> fields);
expression Subquery(const queryset& qs);

/// Trusted SQL: the only way a program's own SQL text enters a statement; values still travel
/// as parameters. compile_options::trusted_sql = false refuses these.
namespace trusted {
/// RawSQL("SELECT MAX(x) FROM t WHERE y > %s", {5}): `%s` marks each parameter, `%%` a `%`.
expression raw_sql(std::string sql, std::vector<expression> params);
/// Func(F("name"), function="SOUNDEX"): `FUNCTION(args)`.
expression function(std::string name, std::vector<expression> args);
/// Func(args..., template="%(expressions)s COLLATE \"C\""): `%(expressions)s` are the arguments.
expression sql_template(std::string sql, std::vector<expression> args);
}  // namespace trusted

/// What values_list() returns per row.
enum class row_shape : std::uint8_t { tuples, flat, named };

/// bulk_create()'s options: `bulk_create_options().batch_size(100).ignore_conflicts()`.
class bulk_create_options {
 public:
  bulk_create_options& batch_size(std::int64_t rows);
  bulk_create_options& ignore_conflicts();
  /// ON CONFLICT (unique_fields) DO UPDATE SET update_fields.
  bulk_create_options& update_conflicts(std::vector<std::string> update_fields,
                                        std::vector<std::string> unique_fields = {});
  /// ignore_conflicts() may name the unique fields too (Oracle's MERGE needs them).
  bulk_create_options& unique_fields(std::vector<std::string> fields);
  const std::vector<keyword>& keywords() const { return kw_; }

 private:
  std::vector<keyword> kw_;
};

/// A queryset ended by a terminal call (count(), get(), update(), ...): it compiles, and
/// nothing chains after it.
class terminal_query {
 public:
  explicit terminal_query(ast::query q) : q_(std::move(q)) {}
  const ast::query& ast() const& { return q_; }
  ast::query ast() && { return std::move(q_); }
  compiled_query compile(const schema& s, dialect_id d, const compile_options& o = {}) const {
    return sqlweave::compile(s, q_, d, o);
  }

 private:
  ast::query q_;
};

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
  queryset values_list(std::vector<std::string> fields, row_shape shape = row_shape::tuples) const;
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

  // Terminal calls.
  /// qs[i]: one row.
  terminal_query at(std::int64_t index) const;
  terminal_query aggregate(std::vector<keyword> named, std::vector<expression> unnamed = {}) const;
  terminal_query count() const;
  terminal_query exists() const;
  terminal_query first() const;
  terminal_query last() const;
  /// earliest("published"), latest("published")
  terminal_query earliest(std::vector<std::string> fields) const;
  terminal_query latest(std::vector<std::string> fields) const;
  terminal_query get(expression condition) const;
  terminal_query update(std::vector<keyword> assignments) const;
  terminal_query delete_rows() const;
  terminal_query create(std::vector<keyword> fields) const;
  /// get_or_create({{"name", "Widget"}}, {{"price", 3}}): a plan of the lookup, the insert of
  /// the lookups and defaults when it finds nothing, and the lookup again should that insert
  /// break a constraint (compile.hpp, run_rule).
  terminal_query get_or_create(std::vector<keyword> lookups,
                               std::vector<keyword> defaults = {}) const;
  /// update_or_create(): get_or_create() with the lookup locking the row, and an UPDATE that
  /// sets the defaults on the row it found.
  terminal_query update_or_create(std::vector<keyword> lookups,
                                  std::vector<keyword> defaults = {}) const;
  terminal_query bulk_create(std::vector<expression> objects,
                             const bulk_create_options& options = {}) const;
  /// bulk_update(objects, fields, batch_size): batch_size 0 means one statement.
  terminal_query bulk_update(std::vector<expression> objects, std::vector<std::string> fields,
                             std::int64_t batch_size = 0) const;

  const ast::query& ast() const& { return q_; }
  ast::query ast() && { return std::move(q_); }
  compiled_query compile(const schema& s, dialect_id d, const compile_options& o = {}) const {
    return sqlweave::compile(s, q_, d, o);
  }

 private:
  queryset with(ast::step st) const;
  terminal_query end(ast::step st) const;
  ast::query q_;
};

/// qs1 | qs2 and qs1 & qs2 (Django's QuerySet.__or__ and __and__): one SELECT with the other
/// queryset's conditions OR-ed or AND-ed to this one's; both on the same model.
queryset operator|(const queryset& a, const queryset& b);
queryset operator&(const queryset& a, const queryset& b);

/// Book.objects: the model's default manager.
inline queryset objects(std::string model) {
  return queryset(std::move(model));
}

/// Book.in_print: the rows the manager `in_print` of Book starts from.
///   auto q = through_manager("Book", "in_print").filter("pages__gt", 100);
queryset through_manager(std::string model, std::string manager);

/// Book.tags.through.objects: the rows of a many-to-many relation's through model, the
/// declared `through=` one or the one Django creates (`id`, `book`, `tag`).
///   auto q = through_objects("Book", "tags").filter("tag__name", "x").values({"book_id"});
queryset through_objects(std::string model, std::string relation);

}  // namespace sqlweave
