// SPDX-License-Identifier: MIT
#include "support/fixture.hpp"

#include <fstream>
#include <map>

namespace sqlweave::testing {
namespace {

const nlohmann::ordered_json& fixture_json() {
  static const nlohmann::ordered_json data = [] {
    std::ifstream in(shop_file("fixture.json"));
    return nlohmann::ordered_json::parse(in);
  }();
  return data;
}

}  // namespace

std::string shop_file(const std::string& name) {
  return std::string(SQLWEAVE_SOURCE_DIR) + "/tests/fixtures/shop/" + name;
}

const std::vector<record>& fixture_rows(const std::string& table) {
  static std::map<std::string, std::vector<record>> cache;
  auto [it, fresh] = cache.try_emplace(table);
  if (!fresh) return it->second;
  const auto& t = fixture_json().at(table);
  const auto& columns = t.at("columns");
  for (const auto& r : t.at("rows")) {
    record rec = record::object();
    for (std::size_t i = 0; i < columns.size(); ++i) rec[columns[i].get<std::string>()] = r[i];
    it->second.push_back(std::move(rec));
  }
  return it->second;
}

std::vector<std::int64_t> ids_where(const std::string& table,
                                    const std::function<bool(const record&)>& keep) {
  std::vector<std::int64_t> ids;
  for (const auto& r : fixture_rows(table))
    if (keep(r)) ids.push_back(r.at("id").get<std::int64_t>());
  std::sort(ids.begin(), ids.end());
  return ids;
}

sqlite_db& shop_sqlite() {
  static sqlite_db db = [] {
    sqlite_db d;
    d.exec(read_text_file(shop_file("sqlite-schema.sql")));
    load_fixture(d, shop_file("fixture.json"));
    return d;
  }();
  return db;
}

const schema& shop_models() {
  static const schema s = schema::from_models_file(shop_file("models.py"), {"shop"});
  return s;
}

}  // namespace sqlweave::testing
