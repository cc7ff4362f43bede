// SPDX-License-Identifier: MIT
// statement_cache: compiled statements kept by the shape of their queryset, so compiling a
// queryset that differs from an earlier one only in its values costs a lookup and a copy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

#include "sqlweave/bound_query.hpp"
#include "sqlweave/compile.hpp"

namespace sqlweave {

/// A bounded, thread-safe LRU cache in front of compile() for one schema:
/// `statement_cache cache(db, 1024); auto c = cache.compile(q, dialect_id::postgresql);`
/// gives exactly what `compile(db, q, dialect_id::postgresql)` gives. A queryset's shape is
/// its structure (models, steps, names, operators, IN-list lengths, slices) and the kind of each
/// literal; values that compile() binds as parameters are left out of it, values it writes into
/// the SQL or reads to decide it (field names as strings, isnull=True, coerced values) are not.
/// The structure is kept as a 128-bit hash (ast::shape_of) and trusted on a hit without
/// comparing trees; the values written into the SQL are compared.
/// Programs that add extensions (compile_options::ext) whose behaviour depends on a bound value's
/// content, beyond its kind, must not compile through a cache.
class statement_cache {
 public:
  /// `capacity`: most shapes kept; the least recently used one goes first. At least 1.
  explicit statement_cache(const schema& s, std::size_t capacity = 1024);
  ~statement_cache();
  statement_cache(const statement_cache&) = delete;
  statement_cache& operator=(const statement_cache&) = delete;

  /// compile(schema, q, d, options), from the cache when a queryset of the same shape was
  /// compiled before. Errors are thrown as compile() throws them and never cached.
  compiled_query compile(const ast::query& q, dialect_id d, const compile_options& options = {});
  /// The same into `out`, sharing the kept statements' text instead of copying it; only the
  /// values are written (statement_cache.compile_into(q, d, {}, out); out.sql(), out.params()).
  void compile_into(const ast::query& q, dialect_id d, const compile_options& options,
                    bound_query& out);

  struct counters {
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::size_t size = 0;  // shapes kept now
  };
  counters stats() const;
  void clear();

 private:
  struct impl;
  struct entry;
  /// The kept entry for `q`, compiled and kept first on a miss; `literals` gets q's literals.
  std::shared_ptr<const entry> entry_for(const ast::query& q, dialect_id d,
                                         const compile_options& options,
                                         std::vector<const value*>& literals);
  std::unique_ptr<impl> impl_;
};

}  // namespace sqlweave
