// SPDX-License-Identifier: MIT
// `sqlweave run`: a queryset executed on embedded SQLite, its rows printed as a table.
#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/common.hpp"
#include "cli/output.hpp"
#include "sqlweave/ddl.hpp"
#include "sqlweave/sqlite.hpp"

namespace sqlweave::cli {
namespace {

struct options {
  schema_args schema;
  std::string db, query;
};

int run(const options& o) {
  const schema s = load_schema(o.schema);
  const auto c = compile_text(s, o.query, dialect_id::sqlite, paramstyle::qmark);
  sqlite3* raw = nullptr;
  const std::string path = o.db.empty() ? ":memory:" : o.db;
  if (sqlite3_open(path.c_str(), &raw) != SQLITE_OK) {
    const std::string msg = sqlite3_errmsg(raw);
    sqlite3_close(raw);
    throw std::runtime_error(fmt::format("cannot open '{}': {}", path, msg));
  }
  std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, sqlite3_close);
  sqlite::register_regexp(raw);
  sqlite::register_temporal(raw);
  if (o.db.empty())
    for (const auto& stmt : ddl(s, dialect_id::sqlite)) sqlite::execute_script(raw, stmt);
  // A plan runs as one transaction: a failing statement leaves the database as it was.
  sqlite::execute_script(raw, "BEGIN");
  sqlite::result last;
  try {
    for (const auto& st : c.statements) last = sqlite::execute(raw, st);
    sqlite::execute_script(raw, "COMMIT");
  } catch (...) {
    sqlite::execute_script(raw, "ROLLBACK");
    throw;
  }
  if (c.returns_bool) {
    std::cout << (last.rows.empty() ? "False" : "True") << '\n';
    return 0;
  }
  if (last.columns.empty()) {
    std::cout << fmt::format("{} row{} affected\n", last.changes, last.changes == 1 ? "" : "s");
    return 0;
  }
  std::cout << to_table(last.columns, last.rows);
  // prefetch_related(): each hop takes its keys from the rows of the statement it hangs off.
  std::vector<sqlite::result> fetched;
  for (const auto& p : c.prefetches) {
    const auto& source = p.source < 0 ? last : fetched[static_cast<std::size_t>(p.source)];
    const auto column = std::find(source.columns.begin(), source.columns.end(), p.key_column);
    std::vector<value> keys;
    if (column != source.columns.end())
      for (const auto& row : source.rows) {
        const auto& k = row[static_cast<std::size_t>(column - source.columns.begin())];
        if (!k.is_null() && std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
      }
    sqlite::result rows;
    for (const auto& st : p.statements(keys)) {
      auto part = sqlite::execute(raw, st);
      rows.columns = part.columns;
      rows.rows.insert(rows.rows.end(), part.rows.begin(), part.rows.end());
    }
    std::cout << "\nprefetch " << p.path << ":\n" << to_table(rows.columns, rows.rows);
    fetched.push_back(std::move(rows));
  }
  return 0;
}

}  // namespace

command add_run_command(CLI::App& app) {
  auto o = std::make_shared<options>();
  auto* cmd = app.add_subcommand("run", "run a queryset on embedded SQLite and print the rows");
  add_schema_options(*cmd, o->schema);
  cmd->add_option("--db", o->db, "an SQLite database file (default: a new in-memory one)");
  cmd->add_option("QUERY", o->query, "a queryset in Django syntax")->required();
  return [cmd, o] { return cmd->parsed() ? run(*o) : -1; };
}

}  // namespace sqlweave::cli
