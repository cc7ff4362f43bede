// SPDX-License-Identifier: MIT
#include "sql_dump.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "shapes.hpp"
#include "sqlweave/compile.hpp"

namespace sqlweave::bench {
namespace {

nlohmann::json json_of(const value& v) {
  switch (v.kind()) {
    case value_kind::null: return nullptr;
    case value_kind::boolean: return v.as_bool();
    case value_kind::integer: return v.as_int();
    case value_kind::real: return v.as_real();
    default: return v.to_string();
  }
}

}  // namespace

void write_sql_dump(const std::string& path) {
  nlohmann::json all = nlohmann::json::object();
  for (const auto& s : shapes())
    for (const auto d : all_dialects) {
      const auto c = compile(shop_schema(), s.build(), d);
      const auto& st = c.statements.at(0);
      auto& out = all[std::string(s.name)][std::string(to_string(d))];
      out["sql"] = st.sql;
      out["params"] = nlohmann::json::array();
      for (const auto& p : st.params) out["params"].push_back(json_of(p));
      out["statements"] = c.statements.size();
    }
  std::ofstream file(path);
  file << all.dump(1) << '\n';
  if (!file) throw std::runtime_error("cannot write " + path);
}

}  // namespace sqlweave::bench
