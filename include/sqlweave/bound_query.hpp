// SPDX-License-Identifier: MIT
// bound_query: compiled statements whose text, columns and plans are shared and immutable, with
// parameter values of its own, so binding new values copies no SQL.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sqlweave/compile.hpp"

namespace sqlweave {

/// `bound_query b(compile(db, q, d)); b.bind({{"prefix", "Dj"}}); run(b.sql(), b.params());`
/// Copies of a bound_query share the statements; binding changes only the copy's values. Reuse
/// one across calls: once its vector has grown, binding allocates only for long text values.
class bound_query {
 public:
  bound_query() = default;
  explicit bound_query(compiled_query compiled);

  /// Fills the named parameters of every statement, as compiled_query::bind() does. Throws
  /// error(unbound_parameter) for a name without a value.
  void bind(const std::map<std::string, value, std::less<>>& values);

  /// The statements with the values they were compiled with (none for a default bound_query,
  /// whose sql() and params() throw std::out_of_range).
  const compiled_query& compiled() const;
  std::size_t size() const { return compiled_ ? compiled_->statements.size() : 0; }
  std::string_view sql(std::size_t statement = 0) const;
  /// The values of statement `statement`, in placeholder order.
  std::span<const value> params(std::size_t statement = 0) const;
  /// An owning compiled_query with these values.
  compiled_query to_compiled() const;

 private:
  friend class statement_cache;
  /// Shares `shared`; values start as compiled, at offsets kept beside the statements.
  void reset(std::shared_ptr<const compiled_query> shared);

  std::shared_ptr<const compiled_query> compiled_;
  std::vector<value> params_;         // every statement's, one after the other
  std::vector<std::size_t> offsets_;  // where each statement's values start, then the end
};

}  // namespace sqlweave
