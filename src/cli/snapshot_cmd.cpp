// SPDX-License-Identifier: MIT
// `sqlweave snapshot`: compiled SQL compared with snapshot files, with unified diffs.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

#include "cli/common.hpp"
#include "cli/output.hpp"

namespace fs = std::filesystem;

namespace sqlweave::cli {
namespace {

struct options {
  schema_args schema;
  std::string queries, dir;
  bool update = false;
};

int run(const options& o) {
  const schema s = load_schema(o.schema);
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
        actual = fmt::format("-- {}\n{}", query, to_text(compile_text(s, query, d, std::nullopt)));
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
      std::cout << unified_diff(expected, actual, fs::relative(file, o.dir).string());
    }
  }
  std::cout << fmt::format("{} snapshots, {} {}\n", total, changed,
                           o.update ? "updated" : "changed");
  return changed > 0 && !o.update ? 1 : 0;
}

}  // namespace

command add_snapshot_command(CLI::App& app) {
  auto o = std::make_shared<options>();
  auto* cmd = app.add_subcommand("snapshot", "compare compiled SQL with snapshot files");
  add_schema_options(*cmd, o->schema);
  cmd->add_option("--queries", o->queries, "a file of 'name<TAB>query' lines")->required();
  cmd->add_option("--dir", o->dir, "snapshots live in DIR/<dialect>/<name>.sql")->required();
  cmd->add_flag("--update", o->update, "rewrite the snapshots instead of comparing");
  return [cmd, o] { return cmd->parsed() ? run(*o) : -1; };
}

}  // namespace sqlweave::cli
