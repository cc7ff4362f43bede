// SPDX-License-Identifier: MIT
// `sqlweave ddl`: the tables and indexes of a schema, one statement a line.
#include <iostream>
#include <memory>

#include "cli/common.hpp"
#include "sqlweave/ddl.hpp"

namespace sqlweave::cli {

command add_ddl_command(CLI::App& app) {
  struct options {
    schema_args schema;
    std::string dialect;
  };
  auto o = std::make_shared<options>();
  auto* cmd = app.add_subcommand(
      "ddl", "print the statements Django 3.2's migrate runs to create the schema");
  add_schema_options(*cmd, o->schema);
  cmd->add_option("--dialect", o->dialect, "sqlite, postgresql, mysql (mariadb), oracle or all")
      ->required();
  return [cmd, o] {
    if (!cmd->parsed()) return -1;
    const auto dialects = dialects_of(o->dialect);
    const schema s = load_schema(o->schema);
    for (auto d : dialects) {
      if (dialects.size() > 1) std::cout << "-- " << to_string(d) << '\n';
      for (const auto& stmt : ddl(s, d)) std::cout << stmt << ";\n";
    }
    return 0;
  };
}

}  // namespace sqlweave::cli
