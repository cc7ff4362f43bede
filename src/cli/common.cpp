// SPDX-License-Identifier: MIT
#include "cli/common.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "sqlweave/ddl.hpp"
#include "sqlweave/parse.hpp"

namespace sqlweave::cli {

void add_schema_options(CLI::App& cmd, schema_args& args) {
  cmd.add_option("--schema", args.paths,
                 "a models.py, a directory of Django apps (repeatable: trees act as entries of "
                 "Python's path) or a schema .json (alone)")
      ->expected(1)
      ->take_all();
  cmd.add_option("--contrib", args.options.contrib,
                 "django.contrib apps whose models the schema holds even when none of its "
                 "models relates to them: auth,contenttypes,sessions,sites,admin,flatpages,"
                 "redirects")
      ->delimiter(',')
      ->expected(1)
      ->take_all();
  cmd.add_option("--app", args.options.app,
                 "app label of a lone models.py; in trees, the app a model name shared by "
                 "several apps means");
  cmd.add_option("--setting", args.options.settings,
                 "NAME=VALUE read as settings.NAME (repeatable; AUTH_USER_MODEL defaults to "
                 "auth.User)")
      ->expected(1)
      ->take_all();
  cmd.add_option("--field-type", args.options.field_types,
                 "dotted.path.Class=CharField(max_length=40): a third-party field class as a "
                 "Django one (repeatable)")
      ->expected(1)
      ->take_all();
  cmd.add_flag("--unlimited-charfield", args.options.unlimited_charfield,
               "a CharField without max_length is Django 4.2's varchar without a length "
               "(PostgreSQL only)");
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("cannot read '{}'", path));
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

schema load_schema(const schema_args& args) {
  if (args.paths.empty() && args.options.contrib.empty())
    throw CLI::RequiredError("--schema (or --contrib)");
  schema s = schema::load(args.paths, args.options);
  for (const auto& w : s.warnings()) std::cerr << w << '\n';
  return s;
}

compiled_query compile_text(const schema& s, const std::string& text, dialect_id d,
                            std::optional<paramstyle> style, bool trusted_sql) {
  try {
    compile_options options;
    options.style = style;
    options.trusted_sql = trusted_sql;
    return compile(s, parse_query(text), d, options);
  } catch (const sqlweave::error& e) {
    throw user_error{e, text, "query"};
  }
}

void add_param_option(CLI::App& cmd, std::vector<std::string>& args) {
  cmd.add_option("--param", args,
                 "NAME=VALUE binds :NAME, VALUE a Python literal (5, \"x\", None, True, "
                 "date(2020, 1, 2), Decimal(\"1.5\")); repeatable");
}

param_values parse_params(const std::vector<std::string>& args) {
  param_values out;
  for (const auto& arg : args) {
    const auto eq = arg.find('=');
    if (eq == std::string::npos || eq == 0)
      throw CLI::ValidationError("--param", fmt::format("'{}' is not NAME=VALUE", arg));
    const std::string name = arg.substr(0, eq);
    value v;
    try {
      v = parse_literal(std::string_view(arg).substr(eq + 1));
    } catch (const sqlweave::error& e) {
      throw std::runtime_error(fmt::format("--param {}: {}", name, e.what()));
    }
    if (!out.emplace(name, std::move(v)).second)
      throw CLI::ValidationError("--param", fmt::format("{} is given twice", name));
  }
  return out;
}

compiled_query bind_params(const compiled_query& c, const param_values& values) {
  const auto names = c.unbound_parameters();
  for (const auto& [name, v] : values)
    if (std::find(names.begin(), names.end(), name) == names.end())
      throw std::runtime_error(
          fmt::format("--param {}: the query has no parameter :{}", name, name));
  if (names.empty()) return c;
  return c.bind(values);
}

void add_db_option(CLI::App& cmd, std::string& url) {
  cmd.add_option("--db", url,
                 "PATH or sqlite:PATH, postgresql://USER[:PW]@HOST:PORT/DB, mysql://... or "
                 "mariadb://... (default: a new in-memory SQLite database with the schema's "
                 "tables)");
}

std::unique_ptr<connection> open_database(const schema& s, const std::string& url) {
  if (!url.empty()) return open(url);
  auto db = open_sqlite(":memory:");
  for (const auto& stmt : ddl(s, dialect_id::sqlite)) db->execute_script(stmt);
  return db;
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

}  // namespace sqlweave::cli
