// SPDX-License-Identifier: MIT
// `sqlweave migrate`: the statements (or with --plan the operations) from one schema to the
// next. Nothing changed: no output, exit 0. A question Django would ask: exit 1.
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/common.hpp"
#include "cli/output.hpp"
#include "sqlweave/migrate.hpp"

namespace sqlweave::cli {
namespace {

std::string plan_json(const migration_plan& plan) {
  std::string out = "{\"operations\":[";
  for (std::size_t i = 0; i < plan.operations().size(); ++i) {
    const auto& op = plan.operations()[i];
    if (i > 0) out += ',';
    out += fmt::format("{{\"operation\":{},\"app\":{},\"model\":{}",
                       json_string(to_string(op.kind)), json_string(op.app), json_string(op.model));
    if (!op.name.empty()) out += ",\"name\":" + json_string(op.name);
    if (!op.old_name.empty()) out += ",\"old_name\":" + json_string(op.old_name);
    out += '}';
  }
  return out + "]}";
}

std::string statements_json(dialect_id d, const std::vector<std::string>& statements) {
  std::string out = fmt::format("{{\"dialect\":{},\"statements\":[", json_string(to_string(d)));
  for (std::size_t i = 0; i < statements.size(); ++i)
    out += fmt::format("{}{{\"sql\":{}}}", i > 0 ? "," : "", json_string(statements[i]));
  return out + "]}";
}

}  // namespace

command add_migrate_command(CLI::App& app) {
  struct options {
    schema_args from;
    schema_args to;
    std::string dialect;
    migrate_options migrate;
    bool json = false;
    bool plan = false;
  };
  auto o = std::make_shared<options>();
  auto* cmd = app.add_subcommand(
      "migrate", "print the statements that turn a database of --from into one of --to");
  cmd->add_option("--from", o->from.paths,
                  "the schema before: a models.py, a project tree or "
                  "schema JSON (repeatable, as --schema)")
      ->required()
      ->expected(1)
      ->take_all();
  cmd->add_option("--to", o->to.paths, "the schema after (repeatable, as --schema)")
      ->required()
      ->expected(1)
      ->take_all();
  cmd->add_option("--app", o->from.options.app,
                  "app label of a lone models.py; in trees, the app a shared model name means");
  cmd->add_option("--setting", o->from.options.settings, "NAME=VALUE read as settings.NAME")
      ->expected(1)
      ->take_all();
  cmd->add_option("--field-type", o->from.options.field_types,
                  "dotted.path.Class=CharField(max_length=40) (repeatable)")
      ->expected(1)
      ->take_all();
  cmd->add_flag("--unlimited-charfield", o->from.options.unlimited_charfield,
                "a CharField without max_length is Django 4.2's varchar (PostgreSQL only)");
  cmd->add_option("--dialect", o->dialect, "sqlite, postgresql, mysql (mariadb), oracle or all");
  cmd->add_option("--rename-model", o->migrate.rename_models,
                  "app.Old=New: the model was renamed (repeatable)");
  cmd->add_option("--rename-field", o->migrate.rename_fields,
                  "app.Model.old=new: the field was renamed (repeatable)");
  cmd->add_option("--default", o->migrate.defaults,
                  "app.Model.field=LITERAL: the value existing rows get for a NOT NULL field "
                  "added or made NOT NULL (a Python literal: 5, 'text', Decimal(\"1.5\"), "
                  "date(2020, 1, 1)); repeatable");
  cmd->add_flag("--json", o->json,
                "{\"dialect\":D,\"statements\":[{\"sql\":..}]} (with --plan: "
                "{\"operations\":[..]})");
  cmd->add_flag("--plan", o->plan, "list the operations, named as Django names them");
  return [cmd, o] {
    if (!cmd->parsed()) return -1;
    if (!o->plan && o->dialect.empty()) throw CLI::RequiredError("--dialect (unless --plan)");
    const auto dialects = o->plan ? std::vector<dialect_id>{} : dialects_of(o->dialect);
    o->to.options = o->from.options;
    const schema before = load_schema(o->from);
    const schema after = load_schema(o->to);
    const migration_plan plan = plan_migration(before, after, o->migrate);
    if (plan.empty()) return 0;
    if (o->plan) {
      if (o->json)
        std::cout << plan_json(plan) << '\n';
      else
        for (const auto& op : plan.operations()) std::cout << op.describe() << '\n';
      return 0;
    }
    for (auto d : dialects) {
      const auto statements = plan.statements(d);
      if (o->json) {
        std::cout << statements_json(d, statements) << '\n';
        continue;
      }
      if (dialects.size() > 1) std::cout << "-- " << to_string(d) << '\n';
      for (const auto& stmt : statements) std::cout << stmt << ";\n";
    }
    return 0;
  };
}

}  // namespace sqlweave::cli
