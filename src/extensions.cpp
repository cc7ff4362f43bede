// SPDX-License-Identifier: MIT
#include "sqlweave/extensions.hpp"

#include <algorithm>

namespace sqlweave {
namespace {

template <class T>
const T* named(const std::vector<T>& list, std::string_view name) {
  const auto it =
      std::find_if(list.begin(), list.end(), [&](const T& e) { return e.name == name; });
  return it == list.end() ? nullptr : &*it;
}

}  // namespace

const function_template* extensions::function(std::string_view name) const {
  return named(functions_, name);
}
const transform_template* extensions::transform(std::string_view name) const {
  return named(transforms_, name);
}
const lookup_template* extensions::lookup(std::string_view name) const {
  return named(lookups_, name);
}

}  // namespace sqlweave
