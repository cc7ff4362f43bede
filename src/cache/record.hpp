// SPDX-License-Identifier: MIT
// A kept queryset's structure as one flat array in walk order, so a cache hit checks the next
// queryset against it in a single walk of the new tree instead of walking both trees in step.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "sqlweave/ast.hpp"

namespace sqlweave::cache {

class record {
 public:
  record() = default;
  /// The structure of `kept`, which must outlive the record (its names are viewed, not
  /// copied); literals whose ordinal is marked in `bound` need only the same kind and
  /// ast::shape_class, the others the same value.
  record(const ast::query& kept, const std::vector<bool>& bound);

  /// True when `q` has the kept structure; fills `literals` with q's literals in
  /// collect_literals() order.
  bool matches(const ast::query& q, std::vector<const value*>& literals) const;

  /// One query, step or node of the kept tree, in the order matches() visits them.
  struct item {
    std::uint64_t shape = 0;       // node: its shape; step: its start
    std::int64_t stop = 0;         // step: its stop
    std::string_view name{};       // node: its name; query: its model
    std::string_view key{};        // node: the keyword it is the value of; query: its manager
    std::string_view through{};    // query: the many-to-many whose through model it reads
    const value* fixed = nullptr;  // a value the node must hold exactly, or none
    std::uint32_t head = 0;        // the small fields, packed by head_of()
    std::uint32_t args = 0;        // node or step: children; query: steps
    std::uint32_t kwargs = 0;
    std::uint8_t klass = 0;  // a bound literal's shape_class
    bool bound = false;      // a literal whose value is a parameter
  };

 private:
  std::vector<item> items_;
};

}  // namespace sqlweave::cache
