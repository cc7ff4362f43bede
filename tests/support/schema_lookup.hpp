// SPDX-License-Identifier: MIT
// A loaded schema's models and fields by name, for tests: a missing one fails the test case.
#pragma once

#include <catch2/catch.hpp>
#include <string_view>

#include "sqlweave/schema.hpp"

namespace sqlweave::testing {

inline const model& model_named(const schema& s, std::string_view name) {
  const int i = s.find_model(name);
  REQUIRE(i >= 0);
  return s.at(i);
}

inline const field& field_named(const model& m, std::string_view name) {
  for (const auto& f : m.fields)
    if (f.name == name) return f;
  FAIL("no field " << name << " on " << m.name);
  return m.fields.front();
}

}  // namespace sqlweave::testing
