// SPDX-License-Identifier: MIT
#include "cli/common.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "sqlweave/parse.hpp"

namespace sqlweave::cli {

void add_schema_options(CLI::App& cmd, schema_args& args) {
  cmd.add_option("--schema", args.paths,
                 "a models.py or a directory of Django apps (repeatable: trees act as entries of "
                 "Python's path)")
      ->required()
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
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("cannot read '{}'", path));
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

schema load_schema(const schema_args& args) {
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
