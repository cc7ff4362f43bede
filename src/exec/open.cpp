// SPDX-License-Identifier: MIT
// open(url): the backend a database URL names (target sqlweave::connect links all three).
#include <fmt/format.h>

#include "sqlweave/exec.hpp"
#include "support/errors.hpp"

namespace sqlweave {

std::unique_ptr<connection> open(std::string_view url) {
  if (url.starts_with("postgresql://") || url.starts_with("postgres://"))
    return open_postgresql(std::string(url));
  if (url.starts_with("mysql://") || url.starts_with("mariadb://")) {
    const auto u = parse_server_url(url);
    mariadb_target t;
    t.host = u.host;
    t.port = u.port.value_or(t.port);
    t.user = u.user;
    t.password = u.password;
    t.database = u.database;
    return open_mariadb(t);
  }
  if (url.starts_with("sqlite:")) {
    const auto path = url.substr(std::string_view("sqlite:").size());
    if (path.empty()) fail(error_code::bad_url, "bad database URL 'sqlite:': no path");
    return open_sqlite(std::string(path));
  }
  if (url.find("://") != std::string_view::npos)
    fail(error_code::bad_url,
         fmt::format("bad database URL '{}': the scheme is not sqlite:, postgresql://, mysql:// "
                     "or mariadb://",
                     url));
  if (url.empty()) fail(error_code::bad_url, "empty database URL");
  return open_sqlite(std::string(url));
}

}  // namespace sqlweave
