// SPDX-License-Identifier: MIT
// `sqlweave snapshot`: every query's SQL for every dialect compared with its snapshot file
// (format in snapshot_file.hpp), unified diffs of what changed, stale files reported.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>

#include "cli/common.hpp"
#include "cli/diff.hpp"
#include "cli/snapshot_file.hpp"

namespace fs = std::filesystem;

namespace sqlweave::cli {
namespace {

struct options {
  schema_args schema;
  std::vector<std::string> queries;
  std::string dir;
  std::vector<std::string> dialects;
  bool update = false;
};

struct tally {
  std::size_t unchanged = 0, changed = 0, added = 0, stale = 0, errors = 0;
};

std::vector<dialect_id> chosen_dialects(const std::vector<std::string>& names) {
  if (names.empty()) return {std::begin(all_dialects), std::end(all_dialects)};
  std::set<dialect_id> chosen;
  for (const auto& n : names) {
    const auto d = dialect_from_name(n);
    if (!d)
      throw CLI::ValidationError(
          "--dialects", fmt::format("unknown dialect '{}' (sqlite, postgresql, mysql, oracle)", n));
    chosen.insert(*d);
  }
  return {chosen.begin(), chosen.end()};  // the files' order, whatever the list's
}

std::string read_if_exists(const fs::path& file) {
  return fs::exists(file) ? read_file(file.string()) : std::string();
}

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary);
  out << text;
  if (!out.flush()) throw std::runtime_error(fmt::format("cannot write '{}'", file.string()));
}

// The snapshot files under `dir` that no query names, as names relative to `dir`.
std::vector<std::string> stale_files(const fs::path& dir, const std::set<std::string>& expected) {
  std::vector<std::string> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file() || e.path().extension() != ".sql") continue;
    const auto name = fs::relative(e.path(), dir).replace_extension().generic_string();
    if (!expected.contains(name)) out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Removes a stale file, and the folders its removal leaves empty, up to `dir`.
void remove_stale(const fs::path& dir, const std::string& name) {
  fs::path file = dir / (name + ".sql");
  fs::remove(file);
  for (fs::path up = file.parent_path(); up != dir && fs::is_empty(up); up = up.parent_path())
    fs::remove(up);
}

// The diagnostics of a query that should have compiled, once for the dialects that agree.
void report_errors(const std::string& name, const std::vector<snapshot_error>& errors) {
  std::vector<std::pair<std::string, std::string>> groups;  // dialects, diagnostic
  for (const auto& e : errors) {
    auto same = std::find_if(groups.begin(), groups.end(),
                             [&](const auto& g) { return g.second == e.diagnostic; });
    if (same == groups.end()) {
      groups.emplace_back(std::string(to_string(e.dialect)), e.diagnostic);
      continue;
    }
    same->first += fmt::format(", {}", to_string(e.dialect));
  }
  for (const auto& [dialects, diagnostic] : groups)
    std::cout << fmt::format(
        "error: {} does not compile on {} (expected? mark its line "
        "name<TAB>!error<TAB>queryset)\n{}\n",
        name, dialects, diagnostic);
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

int run(const options& o) {
  const auto dialects = chosen_dialects(o.dialects);
  const auto queries = read_queries(o.queries);
  const schema s = load_schema(o.schema);
  const fs::path dir(o.dir);
  tally n;
  std::set<std::string> names;
  for (const auto& q : queries) {
    names.insert(q.name);
    const auto file = dir / (q.name + ".sql");
    const auto actual = render_snapshot(s, q, dialects);
    if (!q.expect_error && !actual.errors.empty()) {
      ++n.errors;
      report_errors(q.name, actual.errors);
      continue;
    }
    if (q.expect_error && actual.errors.empty()) {
      ++n.errors;
      std::cout << fmt::format("error: {} is marked !error but compiles on every dialect\n",
                               q.name);
      continue;
    }
    const std::string expected = read_if_exists(file);
    const bool exists = fs::exists(file);
    if (exists && expected == actual.text) {
      ++n.unchanged;
      continue;
    }
    ++(exists ? n.changed : n.added);
    if (o.update) {
      write(file, actual.text);
      continue;
    }
    const std::string shown = q.name + ".sql";
    std::cout << unified_diff(expected, actual.text, exists ? "a/" + shown : "/dev/null",
                              "b/" + shown);
  }
  for (const auto& name : stale_files(dir, names)) {
    ++n.stale;
    if (o.update) {
      remove_stale(dir, name);
      continue;
    }
    std::cout << fmt::format("stale: {}.sql (no query of that name)\n", name);
  }
  const std::string total = plural(queries.size(), "query", "queries");
  const std::string errors = plural(n.errors, "error", "errors");
  if (o.update) {
    std::cout << fmt::format("{}: {} unchanged, {} updated, {} written, {} removed, {}\n", total,
                             n.unchanged, n.changed, n.added, n.stale, errors);
    return n.errors > 0 ? 1 : 0;
  }
  std::cout << fmt::format("{}: {} unchanged, {} changed, {} new, {} stale, {}\n", total,
                           n.unchanged, n.changed, n.added, n.stale, errors);
  const bool clean = n.changed + n.added + n.stale + n.errors == 0;
  if (!clean && n.errors == 0) std::cout << "accept with: sqlweave snapshot ... --update\n";
  return clean ? 0 : 1;
}

}  // namespace

command add_snapshot_command(CLI::App& app) {
  auto o = std::make_shared<options>();
  auto* cmd = app.add_subcommand("snapshot", "compare compiled SQL with snapshot files");
  add_schema_options(*cmd, o->schema);
  cmd->add_option("--queries", o->queries,
                  "a file of 'name<TAB>queryset' lines (repeatable; '!error' marks expected "
                  "failures: name<TAB>!error<TAB>queryset)")
      ->required();
  cmd->add_option("--dir", o->dir, "snapshot files live in DIR/<name>.sql")->required();
  cmd->add_option("--dialects", o->dialects,
                  "the dialects each file holds (default all): sqlite,postgresql,mysql,oracle")
      ->delimiter(',');
  cmd->add_flag("--update", o->update,
                "write changed and new snapshots, remove stale ones, instead of comparing");
  return [cmd, o] { return cmd->parsed() ? run(*o) : -1; };
}

}  // namespace sqlweave::cli
