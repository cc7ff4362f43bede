// SPDX-License-Identifier: MIT
// The sqlweave side of the Django differential harness (tests/django/differential.py): reads one
// JSON string (a queryset) a line on stdin and answers, a line each, with the statements sqlweave
// compiles for SQLite, PostgreSQL and MySQL in the `format` paramstyle (what Django's cursors take)
// and every parameter with its kind, so that dates and decimals reach the drivers typed.
//
//   sqlweave_compile_driver MODELS_PY APP
//   in:  "Product.objects.filter(pk=1)"
//   out: {"sqlite":{"statements":[{"sql":"..","params":[["integer",1]],"write":false,
//          "counted":true}],"keys":[..],"is_write":false,"returns_bool":false,"single_row":false,
//          "prefetches":0},"postgresql":{"error":"unsupported: .."},...}
// A statement's "counted" says whether its rows affected are part of the count Django returns.
#include <exception>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/error.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/schema.hpp"

namespace {

using sqlweave::value_kind;

nlohmann::json typed(const sqlweave::value& v) {
  switch (v.kind()) {
    case value_kind::null: return {"null", nullptr};
    case value_kind::boolean: return {"boolean", v.as_bool()};
    case value_kind::integer: return {"integer", v.as_int()};
    case value_kind::real: return {"real", v.as_real()};
    case value_kind::text: return {"text", v.as_text()};
    case value_kind::date: return {"date", v.to_string()};
    case value_kind::datetime: return {"datetime", v.to_string()};
    case value_kind::decimal: return {"decimal", v.to_string()};
    case value_kind::duration: return {"duration", v.as_duration().microseconds};
    case value_kind::time: return {"time", v.to_string()};
    case value_kind::bytes: return {"bytes", v.to_string()};
  }
  return {"unknown", v.to_string()};
}

nlohmann::json compiled(const sqlweave::compiled_query& c) {
  nlohmann::json statements = nlohmann::json::array();
  for (const auto& st : c.statements) {
    nlohmann::json params = nlohmann::json::array();
    for (const auto& p : st.params) params.push_back(typed(p));
    statements.push_back({{"sql", st.sql},
                          {"params", params},
                          {"write", st.role == sqlweave::statement_role::write},
                          {"counted", st.counted}});
  }
  // The main statement's result keys: a values() row is a dict keyed by them.
  nlohmann::json keys = nlohmann::json::array();
  if (!c.runs_nothing())
    for (const auto& col : c.statements.back().columns) keys.push_back(col.label);
  return {{"statements", statements},   {"keys", keys},
          {"is_write", c.is_write},     {"returns_bool", c.returns_bool},
          {"single_row", c.single_row}, {"prefetches", c.prefetches.size()}};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: sqlweave_compile_driver MODELS_PY APP\n";
    return 2;
  }
  const auto schema = sqlweave::schema::from_models_file(argv[1], {.app = argv[2]});
  const sqlweave::dialect_id dialects[] = {
      sqlweave::dialect_id::sqlite, sqlweave::dialect_id::postgresql, sqlweave::dialect_id::mysql};
  const sqlweave::compile_options options{.style = sqlweave::paramstyle::format};
  std::string line;
  while (std::getline(std::cin, line)) {
    const std::string query = nlohmann::json::parse(line).get<std::string>();
    nlohmann::json out = nlohmann::json::object();
    for (const auto d : dialects) {
      const std::string name(sqlweave::to_string(d));
      try {
        out[name] = compiled(sqlweave::compile(schema, sqlweave::parse_query(query), d, options));
      } catch (const sqlweave::error& e) {
        out[name] = {{"error", std::string(sqlweave::to_string(e.code())) + ": " + e.what()}};
      } catch (const std::exception& e) {  // a bug, not a refusal: reported as such
        out[name] = {{"crash", e.what()}};
      }
    }
    std::cout << out.dump() << std::endl;
  }
  return 0;
}
