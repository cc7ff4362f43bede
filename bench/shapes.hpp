// SPDX-License-Identifier: MIT
// The query shapes S1-S7 of DESIGN.md section 9 on the shop schema, as C++ builder calls and as
// Django text, so every mode compiles the same query.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "sqlweave/query.hpp"

namespace sqlweave::bench {

struct shape {
  std::string name;  // S1 ... S7
  std::string text;  // Django syntax, for parse + compile
  queryset (*build)();
  std::string param_text;          // a variant with named parameters, for re-binding ("" if none)
  queryset (*build_with_params)();
  std::map<std::string, value, std::less<>> rebind_values;
};

const std::vector<shape>& shapes();
const schema& shop_schema();

constexpr dialect_id dialects[] = {dialect_id::sqlite, dialect_id::postgresql, dialect_id::mysql, dialect_id::oracle};

}  // namespace sqlweave::bench
