// SPDX-License-Identifier: MIT
// What every sqlweave command shares: schema options, user errors rendered against their text,
// dialect and paramstyle names.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sqlweave/compile.hpp"
#include "sqlweave/error.hpp"
#include "sqlweave/exec.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave::cli {

/// An error in a text the user gave (a query, a models.py): rendered against that text, exit 1.
struct user_error {
  sqlweave::error err;
  std::string source;
  std::string origin;
};

/// `--schema PATH...`, `--app L`, `--setting K=V...`, `--field-type C=F...`, as every command
/// takes them.
struct schema_args {
  std::vector<std::string> paths;
  models_options options;
};

void add_schema_options(CLI::App& cmd, schema_args& args);
schema load_schema(const schema_args& args);

std::string read_file(const std::string& path);

/// Parses and compiles `text`, turning its errors into user_error.
compiled_query compile_text(const schema& s, const std::string& text, dialect_id d,
                            std::optional<paramstyle> style, bool trusted_sql = true);

/// `--param NAME=VALUE` values, VALUE a Python literal (`5`, `"x"`, `None`, `date(2020, 1, 2)`,
/// `Decimal("1.5")`), keyed by NAME.
using param_values = std::map<std::string, value, std::less<>>;
param_values parse_params(const std::vector<std::string>& args);
/// `c` with every named parameter bound from `values`; an unbound parameter, or a value for a
/// parameter the query does not have, is an error naming it.
compiled_query bind_params(const compiled_query& c, const param_values& values);
void add_param_option(CLI::App& cmd, std::vector<std::string>& args);

/// `--db URL`: a path or `sqlite:PATH`, `postgresql://U[:P]@H:PORT/DB`, `mysql://`, `mariadb://`.
void add_db_option(CLI::App& cmd, std::string& url);
/// The database `url` names; no URL: a new in-memory SQLite database with the schema's tables.
std::unique_ptr<connection> open_database(const schema& s, const std::string& url);

/// The dialects a `--dialect` value names: one, or all four for `all`.
std::vector<dialect_id> dialects_of(const std::string& name);
std::optional<paramstyle> style_of(const std::string& name);

/// A subcommand's body, run when its subcommand was parsed; returns the exit code.
using command = std::function<int()>;

command add_compile_command(CLI::App& app);
command add_ddl_command(CLI::App& app);
command add_migrate_command(CLI::App& app);
command add_run_command(CLI::App& app);
command add_snapshot_command(CLI::App& app);
command add_list_command(CLI::App& app);
command add_explain_command(CLI::App& app);
command add_schema_command(CLI::App& app);

}  // namespace sqlweave::cli
