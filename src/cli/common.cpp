// SPDX-License-Identifier: MIT
#include "cli/common.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "sqlweave/parse.hpp"

namespace sqlweave::cli {

void add_schema_options(CLI::App& cmd, schema_args& args) {
  cmd.add_option("--schema", args.path, "the models.py to read")->required();
  cmd.add_option("--app", args.app, "app label for tables (<app>_<model>) when Meta has none");
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(fmt::format("cannot read '{}'", path));
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

schema load_schema(const schema_args& args) {
  const std::string source = read_file(args.path);
  try {
    return schema::from_models_source(source, {args.app});
  } catch (const sqlweave::error& e) {
    throw user_error{e, source, args.path};
  }
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
