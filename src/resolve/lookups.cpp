// SPDX-License-Identifier: MIT
#include "resolve/lookups.hpp"

#include <algorithm>
#include <array>

namespace sqlweave::resolve {
namespace {

constexpr std::array<std::string_view, 17> lookups{
    "exact",    "iexact",    "contains", "icontains", "startswith", "istartswith",
    "endswith", "iendswith", "in",       "gt",        "gte",        "lt",
    "lte",      "range",     "isnull",   "regex",     "iregex"};

constexpr std::array<transform_info, 13> transforms{{
    {"year", ir::date_part::year, false},
    {"iso_year", ir::date_part::iso_year, false},
    {"quarter", ir::date_part::quarter, false},
    {"month", ir::date_part::month, false},
    {"week", ir::date_part::week, false},
    {"week_day", ir::date_part::week_day, false},
    {"iso_week_day", ir::date_part::iso_week_day, false},
    {"day", ir::date_part::day, false},
    {"hour", ir::date_part::hour, true},
    {"minute", ir::date_part::minute, true},
    {"second", ir::date_part::second, true},
    {"date", ir::date_part::date, true},
    {"time", ir::date_part::time, true},
}};

}  // namespace

bool is_lookup_name(std::string_view name) {
  return std::find(lookups.begin(), lookups.end(), name) != lookups.end();
}

const transform_info* find_transform(std::string_view name) {
  for (const auto& t : transforms)
    if (t.name == name) return &t;
  return nullptr;
}

std::vector<std::string_view> lookup_and_transform_names() {
  std::vector<std::string_view> names(lookups.begin(), lookups.end());
  for (const auto& t : transforms) names.push_back(t.name);
  return names;
}

}  // namespace sqlweave::resolve
