// SPDX-License-Identifier: MIT
#include "cache/descriptions.hpp"

#include <algorithm>
#include <memory>
#include <string>

#include "ast/shape.hpp"

namespace sqlweave::cache {
namespace {

std::uint64_t hash_of(std::span<const column_view> columns) {
  ast::shape_hasher h;
  h.add(columns.size());
  for (const auto& c : columns) {
    h.add(c.label);
    h.add(c.model);
    h.add(c.field);
    const std::uint64_t type = c.type ? static_cast<std::uint64_t>(*c.type) + 1 : 0;
    h.add(type | std::uint64_t{static_cast<std::uint32_t>(c.decimal_places)} << 32);
  }
  return h.value().lo;
}

bool same(const result_column& r, const column_view& c) {
  return r.label == c.label && r.model == c.model && r.field == c.field && r.type == c.type &&
         r.decimal_places == c.decimal_places;
}

}  // namespace

result_columns make_description(std::span<const column_view> columns) {
  auto list = std::make_shared<result_column[]>(columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const auto& c = columns[i];
    list[i] = {std::string(c.label), std::string(c.model), std::string(c.field), c.type,
               c.decimal_places};
  }
  return {std::move(list), columns.size()};
}

result_columns descriptions::get(std::span<const column_view> columns) {
  const std::uint64_t key = hash_of(columns);
  {
    std::lock_guard lock(mutex_);
    const auto [first, last] = kept_.equal_range(key);
    for (auto it = first; it != last; ++it) {
      const result_columns& kept = it->second;
      if (kept.size() == columns.size() &&
          std::equal(kept.begin(), kept.end(), columns.begin(), same))
        return kept;
    }
  }
  // Made outside the lock; two threads making the same list keep both, which is harmless.
  result_columns made = make_description(columns);
  std::lock_guard lock(mutex_);
  if (kept_.size() < limit) kept_.emplace(key, made);
  return made;
}

}  // namespace sqlweave::cache
