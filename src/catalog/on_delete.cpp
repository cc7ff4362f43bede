// SPDX-License-Identifier: MIT
#include "catalog/on_delete.hpp"

#include <array>
#include <utility>

namespace sqlweave::catalog {
namespace {

constexpr std::array<std::pair<on_delete, std::string_view>, 7> rules{{
    {on_delete::cascade, "CASCADE"},
    {on_delete::protect, "PROTECT"},
    {on_delete::restrict, "RESTRICT"},
    {on_delete::set_null, "SET_NULL"},
    {on_delete::set_default, "SET_DEFAULT"},
    {on_delete::set, "SET"},
    {on_delete::do_nothing, "DO_NOTHING"},
}};

}  // namespace

std::string_view to_string(on_delete rule) {
  for (const auto& [r, name] : rules)
    if (r == rule) return name;
  return "CASCADE";
}

std::optional<on_delete> on_delete_from_name(std::string_view django_name) {
  for (const auto& [rule, name] : rules)
    if (name == django_name) return rule;
  return std::nullopt;
}

}  // namespace sqlweave::catalog
