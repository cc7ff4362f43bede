// SPDX-License-Identifier: MIT
// `sqlweave compile`: the SQL and parameters of a queryset, as text or JSON.
#include <iostream>
#include <memory>

#include "cli/common.hpp"
#include "cli/output.hpp"
#include "sqlweave/inline.hpp"
#include "sqlweave/pretty.hpp"

namespace sqlweave::cli {

command add_compile_command(CLI::App& app) {
  struct options {
    schema_args schema;
    std::string dialect, style, query;
    std::vector<std::string> params;
    bool json = false;
    bool no_raw = false;
    bool inline_values = false;
    bool redact = false;
    bool pretty = false;
  };
  auto o = std::make_shared<options>();
  auto* cmd = app.add_subcommand("compile", "print the SQL and parameters of a queryset");
  add_schema_options(*cmd, o->schema);
  cmd->add_option("--dialect", o->dialect, "sqlite, postgresql, mysql (mariadb), oracle or all")
      ->required();
  cmd->add_option("--paramstyle", o->style, "qmark, numeric, named, format, pyformat or dollar");
  cmd->add_flag("--json", o->json,
                "print {\"dialect\":..,\"statements\":[{\"sql\":..,\"params\":[..],"
                "\"param_types\":[..]}]}");
  add_param_option(*cmd, o->params);
  auto* inline_flag = cmd->add_flag(
      "--inline", o->inline_values,
      "write each value as a literal of the dialect: executable, the same rows, no params");
  cmd->add_flag("--redact", o->redact, "write each value as a typed marker (<text:12>) for logs")
      ->excludes(inline_flag);
  cmd->add_flag(
      "--no-raw", o->no_raw,
      "refuse RawSQL() and Func(function=, template=): the query is not trusted with SQL");
  cmd->add_flag("--pretty", o->pretty,
                "one clause a line, subqueries and long AND/OR groups indented (same statement)");
  cmd->add_option("QUERY", o->query, "a queryset in Django syntax")->required();
  return [cmd, o] {
    if (!cmd->parsed()) return -1;
    const auto dialects = dialects_of(o->dialect);
    const auto style = style_of(o->style);
    const schema s = load_schema(o->schema);
    const auto values = parse_params(o->params);
    for (auto d : dialects) {
      auto c = bind_params(compile_text(s, o->query, d, style, !o->no_raw), values);
      if (o->inline_values) c = inline_values(c);
      if (o->redact) c = redact_values(c);
      if (o->pretty) c = pretty(c);
      if (o->json) {
        std::cout << to_json(c) << '\n';
        continue;
      }
      if (dialects.size() > 1) std::cout << "-- " << to_string(d) << '\n';
      std::cout << to_text(c);
    }
    return 0;
  };
}

}  // namespace sqlweave::cli
