// SPDX-License-Identifier: MIT
// `sqlweave explain`: the database's plan for each statement a queryset compiles to.
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/common.hpp"
#include "sqlweave/exec.hpp"

namespace sqlweave::cli {

command add_explain_command(CLI::App& app) {
  struct options {
    schema_args schema;
    std::string db, query;
    std::vector<std::string> params;
  };
  auto o = std::make_shared<options>();
  auto* cmd = app.add_subcommand("explain", "print the database's plan for a queryset");
  add_schema_options(*cmd, o->schema);
  add_db_option(*cmd, o->db);
  add_param_option(*cmd, o->params);
  cmd->add_option("QUERY", o->query, "a queryset in Django syntax")->required();
  return [cmd, o] {
    if (!cmd->parsed()) return -1;
    const schema s = load_schema(o->schema);
    const auto values = parse_params(o->params);
    const auto db = open_database(s, o->db);
    const auto c = bind_params(compile_text(s, o->query, db->dialect(), std::nullopt), values);
    for (std::size_t i = 0; i < c.statements.size(); ++i) {
      if (c.statements.size() > 1) std::cout << fmt::format("-- statement {}\n", i + 1);
      for (const auto& line : db->explain(c.statements[i])) std::cout << line << '\n';
    }
    // A prefetch statement's keys come from the rows of the one before: there is no plan to
    // ask for until it runs.
    for (const auto& p : c.prefetches)
      std::cout << fmt::format("-- prefetch {}: planned when run, with its keys\n", p.path);
    return 0;
  };
}

}  // namespace sqlweave::cli
