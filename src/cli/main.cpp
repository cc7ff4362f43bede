// SPDX-License-Identifier: MIT
// The sqlweave command: flags -> library calls. Exit codes: 0 ok, 1 error, 2 usage.
#include <fmt/format.h>
#include <sqlite3.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/output.hpp"
#include "sqlweave/compile.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/sqlite.hpp"

#ifndef SQLWEAVE_VERSION
#  define SQLWEAVE_VERSION "0.0.0"
#endif

namespace fs = std::filesystem;
using namespace sqlweave;

namespace {

constexpr dialect_id all_dialects[] = {dialect_id::sqlite, dialect_id::postgresql,
                                       dialect_id::mysql, dialect_id::oracle};

struct options {
  std::string schema_path, app, dialect = "sqlite", style, query, db, queries, dir;
  bool json = false, update = false;
};

// An error in a text the user gave: rendered against that text, exit 1.
struct user_error {
  sqlweave::error err;
  std::string source;
  std::string origin;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("cannot read '{}'", path));
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

schema load_schema(const options& o) {
  const std::string source = read_file(o.schema_path);
  try {
    return schema::from_models_source(source, {o.app});
  } catch (const sqlweave::error& e) {
    throw user_error{e, source, o.schema_path};
  }
}

compiled_query compile_text(const schema& s, const std::string& text, dialect_id d,
                            std::optional<paramstyle> style) {
  try {
    return compile(s, parse_query(text), d, {style});
  } catch (const sqlweave::error& e) {
    throw user_error{e, text, "query"};
  }
}

std::vector<dialect_id> dialects_of(const std::string& name) {
  if (name == "all") return {std::begin(all_dialects), std::end(all_dialects)};
  if (auto d = dialect_from_name(name)) return {*d};
  throw CLI::ValidationError(
      "--dialect",
      fmt::format("unknown dialect '{}' (sqlite, postgresql, mysql, oracle, all)", name));
}

std::optional<paramstyle> style_of(const std::string& name) {
  if (name.empty()) return std::nullopt;
  if (auto p = paramstyle_from_name(name)) return p;
  throw CLI::ValidationError(
      "--paramstyle",
      fmt::format("unknown paramstyle '{}' (qmark, numeric, named, format, pyformat, dollar)",
                  name));
}

int run_compile(const options& o) {
  const auto dialects = dialects_of(o.dialect);
  const auto style = style_of(o.style);
  const schema s = load_schema(o);
  for (auto d : dialects) {
    const auto c = compile_text(s, o.query, d, style);
    if (o.json) {
      std::cout << cli::to_json(c) << '\n';
      continue;
    }
    if (dialects.size() > 1) std::cout << "-- " << to_string(d) << '\n';
    std::cout << cli::to_text(c);
  }
  return 0;
}

int run_ddl(const options& o) {
  const auto dialects = dialects_of(o.dialect);
  const schema s = load_schema(o);
  for (auto d : dialects) {
    if (dialects.size() > 1) std::cout << "-- " << to_string(d) << '\n';
    for (const auto& stmt : ddl(s, d)) std::cout << stmt << ";\n";
  }
  return 0;
}

int run_query(const options& o) {
  const schema s = load_schema(o);
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
  std::cout << cli::to_table(last.columns, last.rows);
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
    std::cout << "\nprefetch " << p.path << ":\n" << cli::to_table(rows.columns, rows.rows);
    fetched.push_back(std::move(rows));
  }
  return 0;
}

int run_snapshot(const options& o) {
  const schema s = load_schema(o);
  std::istringstream lines(read_file(o.queries));
  std::string line;
  std::map<std::string, std::string> cases;
  for (int number = 1; std::getline(lines, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos || tab == 0)
      throw std::runtime_error(fmt::format("{}:{}: expected 'name<TAB>query'", o.queries, number));
    const auto name = line.substr(0, tab);
    if (name.find("..") != std::string::npos || name.front() == '/')
      throw std::runtime_error(
          fmt::format("{}:{}: invalid snapshot name '{}'", o.queries, number, name));
    if (!cases.emplace(name, line.substr(tab + 1)).second)
      throw std::runtime_error(
          fmt::format("{}:{}: duplicate snapshot name '{}'", o.queries, number, name));
  }
  std::size_t changed = 0, total = 0;
  for (const auto& [name, query] : cases) {
    for (auto d : all_dialects) {
      ++total;
      // A query the compiler rejects is pinned with its diagnostic.
      std::string actual;
      try {
        actual =
            fmt::format("-- {}\n{}", query, cli::to_text(compile_text(s, query, d, std::nullopt)));
      } catch (const user_error& e) {
        std::string diagnostic = e.err.render(e.source);
        for (std::size_t at = 0; (at = diagnostic.find('\n', at)) != std::string::npos; at += 4)
          diagnostic.replace(at, 1, "\n-- ");
        actual = fmt::format("-- {}\n-- {}\n", query, diagnostic);
      }
      const fs::path file = fs::path(o.dir) / to_string(d) / (name + ".sql");
      const std::string expected = fs::exists(file) ? read_file(file.string()) : std::string();
      if (expected == actual) continue;
      ++changed;
      if (o.update) {
        fs::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << actual;
        continue;
      }
      std::cout << cli::unified_diff(expected, actual, fs::relative(file, o.dir).string());
    }
  }
  std::cout << fmt::format("{} snapshots, {} {}\n", total, changed,
                           o.update ? "updated" : "changed");
  return changed > 0 && !o.update ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "sqlweave: compiles Django-style querysets into parameterized SQL for SQLite, "
      "PostgreSQL, MySQL/MariaDB and Oracle."};
  app.set_version_flag("--version", std::string("sqlweave ") + SQLWEAVE_VERSION);
  app.require_subcommand(1);
  options o;
  auto schema_options = [&](CLI::App* cmd) {
    cmd->add_option("--schema", o.schema_path, "the models.py to read")->required();
    cmd->add_option("--app", o.app, "app label for tables (<app>_<model>) when Meta has none");
  };
  auto* compile_cmd = app.add_subcommand("compile", "print the SQL and parameters of a queryset");
  schema_options(compile_cmd);
  compile_cmd
      ->add_option("--dialect", o.dialect, "sqlite, postgresql, mysql (mariadb), oracle or all")
      ->required();
  compile_cmd->add_option("--paramstyle", o.style,
                          "qmark, numeric, named, format, pyformat or dollar");
  compile_cmd->add_flag("--json", o.json,
                        "print {\"dialect\":..,\"statements\":[{\"sql\":..,\"params\":[..]}]}");
  compile_cmd->add_option("QUERY", o.query, "a queryset in Django syntax")->required();

  auto* ddl_cmd = app.add_subcommand("ddl", "print CREATE TABLE / CREATE INDEX statements");
  schema_options(ddl_cmd);
  ddl_cmd->add_option("--dialect", o.dialect, "sqlite, postgresql, mysql (mariadb), oracle or all")
      ->required();

  auto* run_cmd = app.add_subcommand("run", "run a queryset on embedded SQLite and print the rows");
  schema_options(run_cmd);
  run_cmd->add_option("--db", o.db, "an SQLite database file (default: a new in-memory one)");
  run_cmd->add_option("QUERY", o.query, "a queryset in Django syntax")->required();

  auto* snapshot_cmd = app.add_subcommand("snapshot", "compare compiled SQL with snapshot files");
  schema_options(snapshot_cmd);
  snapshot_cmd->add_option("--queries", o.queries, "a file of 'name<TAB>query' lines")->required();
  snapshot_cmd->add_option("--dir", o.dir, "snapshots live in DIR/<dialect>/<name>.sql")
      ->required();
  snapshot_cmd->add_flag("--update", o.update, "rewrite the snapshots instead of comparing");

  try {
    app.parse(argc, argv);
    if (compile_cmd->parsed()) return run_compile(o);
    if (ddl_cmd->parsed()) return run_ddl(o);
    if (run_cmd->parsed()) return run_query(o);
    return run_snapshot(o);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  } catch (const user_error& e) {
    std::cerr << e.err.render(e.source) << '\n';
    return 1;
  } catch (const sqlweave::error& e) {
    std::cerr << "error[" << to_string(e.code()) << "]: " << e.what() << '\n';
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << '\n';
    return 1;
  }
}
