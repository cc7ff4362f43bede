// SPDX-License-Identifier: MIT
// The sqlweave command: flags -> library calls. Exit codes: 0 ok, 1 error, 2 usage.
#include <iostream>

#include "cli/common.hpp"

#ifndef SQLWEAVE_VERSION
#  define SQLWEAVE_VERSION "0.0.0"
#endif

using namespace sqlweave;

int main(int argc, char** argv) {
  CLI::App app{
      "sqlweave: compiles Django-style querysets into parameterized SQL for SQLite, "
      "PostgreSQL, MySQL/MariaDB and Oracle."};
  app.set_version_flag("--version", std::string("sqlweave ") + SQLWEAVE_VERSION);
  app.require_subcommand(1);
  // Each returns -1 unless its subcommand was the one parsed.
  const cli::command commands[] = {
      cli::add_compile_command(app), cli::add_ddl_command(app),      cli::add_migrate_command(app),
      cli::add_run_command(app),     cli::add_snapshot_command(app), cli::add_list_command(app),
      cli::add_explain_command(app), cli::add_schema_command(app),
  };
  try {
    app.parse(argc, argv);
    for (const auto& run : commands)
      if (const int rc = run(); rc >= 0) return rc;
    return 2;
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  } catch (const sqlweave::source_error& e) {
    for (const auto& w : e.warnings()) std::cerr << w << '\n';
    std::cerr << e.render() << '\n';
    return 1;
  } catch (const cli::user_error& e) {
    std::cerr << e.err.render(e.source) << '\n';
    return 1;
  } catch (const sqlweave::error& e) {
    std::cerr << "error[" << to_string(e.code()) << "]: " << e.what() << '\n';
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << '\n';
    return 1;
  }
}
