// SPDX-License-Identifier: MIT
// `sqlweave run`: a queryset executed as a whole plan on SQLite, PostgreSQL or MariaDB.
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/common.hpp"
#include "cli/output.hpp"
#include "sqlweave/ddl.hpp"
#include "sqlweave/exec.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/sqlite.hpp"

namespace sqlweave::cli {
namespace {

struct options {
  schema_args schema;
  std::string db, query;
  std::vector<std::string> params;
  bool json = false;
};

/// get() must find exactly one row, as Django's DoesNotExist / MultipleObjectsReturned say.
void check_get(const ast::query& q, const plan_result& r) {
  if (q.steps.empty() || q.steps.back().kind != ast::step_kind::get) return;
  const auto n = r.rows.rows.size();
  if (n == 0) throw std::runtime_error(fmt::format("{} matching query does not exist", q.model));
  if (n > 1)
    throw std::runtime_error(
        fmt::format("get() returned more than one {} -- it returned {}!", q.model, n));
}

int run(const options& o) {
  const schema s = load_schema(o.schema);
  const auto values = parse_params(o.params);
  const auto db = open_database(s, o.db);
  const auto c = bind_params(compile_text(s, o.query, db->dialect(), std::nullopt), values);
  const auto r = db->run(c);
  check_get(parse_query(o.query), r);
  std::cout << (o.json ? to_json(r) + '\n' : to_text(r));
  return 0;
}

}  // namespace

command add_run_command(CLI::App& app) {
  auto o = std::make_shared<options>();
  auto* cmd = app.add_subcommand("run", "run a queryset on a database and print the rows");
  add_schema_options(*cmd, o->schema);
  add_db_option(*cmd, o->db);
  add_param_option(*cmd, o->params);
  cmd->add_flag("--json", o->json,
                "print {\"columns\":[..],\"rows\":[[..]]}, or {\"rows_affected\":N} for writes");
  cmd->add_option("QUERY", o->query, "a queryset in Django syntax")->required();
  return [cmd, o] { return cmd->parsed() ? run(*o) : -1; };
}

}  // namespace sqlweave::cli
