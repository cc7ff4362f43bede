// SPDX-License-Identifier: MIT
// The names that may follow a field in a lookup path: transforms, then one lookup.
#pragma once

#include <string_view>
#include <vector>

#include "resolve/ir.hpp"

namespace sqlweave::resolve {

struct transform_info {
  std::string_view name;
  ir::date_part part;
  bool needs_time;  // hour, minute, second, time: datetime values only
};

/// `exact`, `icontains`, `in`, ... (not transforms).
bool is_lookup_name(std::string_view name);
/// `year`, `date`, `week_day`, ...; nullptr for anything else.
const transform_info* find_transform(std::string_view name);
/// Every lookup and transform name, for "did you mean".
std::vector<std::string_view> lookup_and_transform_names();

}  // namespace sqlweave::resolve
