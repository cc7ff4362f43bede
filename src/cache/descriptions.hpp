// SPDX-License-Identifier: MIT
// The result descriptions of select lists that are not a model's own columns (values() with
// annotate(), computed columns), made once per distinct list and shared by every compile after,
// so that compiling such a query again allocates nothing for its description.
#pragma once

#include <cstddef>
#include <mutex>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>

#include "sqlweave/compile.hpp"

namespace sqlweave::cache {

/// What describe() puts in one result_column, viewed before anything is copied.
struct column_view {
  std::string_view label;
  std::string_view model;
  std::string_view field;
  std::optional<type_class> type;
  int decimal_places = -1;
};

/// A new description of `columns`, in one allocation.
result_columns make_description(std::span<const column_view> columns);

/// Thread-safe; one per schema (detail::precomputed holds it).
class descriptions {
 public:
  /// Lists kept at most: past that, a new list is made for each compile and not kept, so a
  /// program whose lists never repeat costs memory only up to here.
  static constexpr std::size_t limit = 1024;

  /// The description of `columns`: the kept one equal to it, or a new one (kept when there is
  /// room).
  result_columns get(std::span<const column_view> columns);

 private:
  std::mutex mutex_;
  std::unordered_multimap<std::uint64_t, result_columns> kept_;
};

}  // namespace sqlweave::cache
