// SPDX-License-Identifier: MIT
// The query shapes S1-S7 of DESIGN.md section 9 on the shop schema, each as C++ builder calls
// and as Django text, so every mode compiles the same query (checks.cpp holds them to it).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "sqlweave/query.hpp"

namespace sqlweave::bench {

using bindings = std::map<std::string, value, std::less<>>;

struct shape {
  std::string_view name;  // S1 ... S7
  std::string text;       // Django syntax, for parse + compile
  ast::query (*build)();
  // A variant with named parameters for re-binding; build_with_params is null when the shape
  // has none. Binding `rebind_values` gives exactly the SQL and params of `build`.
  std::string param_text;
  ast::query (*build_with_params)();
  bindings rebind_values;
};

/// One row of S6's bulk insert: Tag(name="t<i>", weight=<i>).
struct tag_row {
  std::string name;
  int weight = 0;
};

const std::vector<shape>& shapes();

/// The scaling series: S8 is n OR'd Q terms on Product, S9 an n-row bulk_create of Tag.
ast::query s8(int n);
ast::query s9(int n);
inline constexpr int scaling_sizes[] = {1, 4, 16, 64, 256, 1024};
const std::vector<tag_row>& tag_rows();
const schema& shop_schema();

}  // namespace sqlweave::bench
