// SPDX-License-Identifier: MIT
#include "support/reference.hpp"

#include <fstream>
#include <nlohmann/json.hpp>

#include "support/fixture.hpp"

namespace sqlweave::testing {
namespace {

value from_json(const nlohmann::json& v) {
  if (v.is_null()) return value();
  if (v.is_boolean()) return value(v.get<bool>() ? 1 : 0);
  if (v.is_number_integer()) return value(v.get<std::int64_t>());
  if (v.is_number()) return value(v.get<double>());
  return value(v.get<std::string>());
}

rows rows_of(const nlohmann::json& list) {
  rows out;
  for (const auto& r : list) {
    row& x = out.emplace_back();
    for (const auto& v : r) x.push_back(from_json(v));
  }
  return out;
}

}  // namespace

std::vector<rows> reference_case::accepted(dialect_id d) const {
  switch (d) {
    case dialect_id::sqlite: return sqlite;
    case dialect_id::postgresql: return postgresql;
    default: return mysql;
  }
}

const std::vector<reference_case>& reference_cases() {
  static const std::vector<reference_case> cases = [] {
    std::ifstream in(shop_file("django-results.json"));
    const auto doc = nlohmann::json::parse(in);
    std::vector<reference_case> out;
    for (const auto& q : doc.at("queries")) {
      reference_case c;
      c.id = q.at("id").get<std::string>();
      c.category = q.at("category").get<std::string>();
      c.query = q.at("query").get<std::string>();
      const auto& ds = q.at("dialects");
      c.ordered = ds.at("sqlite").value("ordered", false);
      c.boolean = ds.at("sqlite").value("kind", "rows") == "bool";
      auto load = [&](const char* name, std::vector<rows>& sets, bool& truth) {
        const auto& d = ds.at(name);
        if (c.boolean) {
          truth = d.at("result").get<bool>();
          return;
        }
        for (const char* key : {"raw", "result"})
          if (d.contains(key)) sets.push_back(rows_of(d.at(key)));
      };
      load("sqlite", c.sqlite, c.truth_sqlite);
      load("postgresql", c.postgresql, c.truth_postgresql);
      load("mysql", c.mysql, c.truth_mysql);
      out.push_back(std::move(c));
    }
    return out;
  }();
  return cases;
}

bool matches_reference(const reference_case& c, dialect_id d, const rows& got) {
  if (c.boolean) {
    const bool truth = !got.empty() && !got[0].empty() && !got[0][0].is_null() &&
                       !(got[0][0].kind() == value_kind::integer && got[0][0].as_int() == 0);
    const bool own = d == dialect_id::sqlite       ? c.truth_sqlite
                     : d == dialect_id::postgresql ? c.truth_postgresql
                                                   : c.truth_mysql;
    return truth == own || (d != dialect_id::postgresql && truth == c.truth_postgresql);
  }
  auto any = [&](const std::vector<rows>& sets) {
    for (const auto& want : sets)
      if (rows_equal(got, want, c.ordered)) return true;
    return false;
  };
  return any(c.accepted(d)) || (d != dialect_id::postgresql && any(c.postgresql));
}

}  // namespace sqlweave::testing
