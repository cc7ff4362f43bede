// SPDX-License-Identifier: MIT
// `scheme://USER[:PW]@HOST[:PORT]/DB`, the URL form of a server database.
#include <fmt/format.h>

#include <charconv>

#include "sqlweave/exec.hpp"
#include "support/errors.hpp"

namespace sqlweave {
namespace {

[[noreturn]] void bad_url(std::string_view url, std::string_view why) {
  fail(error_code::bad_url, fmt::format("bad database URL '{}': {}", url, why));
}

/// `%40` -> `@`, so passwords may hold any byte.
std::string percent_decoded(std::string_view text, std::string_view url) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    unsigned byte = 0;
    const char* first = text.data() + i + 1;
    if (i + 2 >= text.size() || std::from_chars(first, first + 2, byte, 16).ptr != first + 2)
      bad_url(url, "a '%' not followed by two hex digits");
    out += static_cast<char>(byte);
    i += 2;
  }
  return out;
}

}  // namespace

server_url parse_server_url(std::string_view url) {
  server_url out;
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) bad_url(url, "expected scheme://USER@HOST/DB");
  out.scheme = url.substr(0, scheme_end);
  std::string_view rest = url.substr(scheme_end + 3);
  const auto slash = rest.find('/');
  if (slash == std::string_view::npos || slash + 1 == rest.size())
    bad_url(url, "no database name after the host");
  out.database = percent_decoded(rest.substr(slash + 1), url);
  if (out.database.find_first_of("/?#") != std::string::npos)
    bad_url(url, "options after the database name are not supported");
  std::string_view authority = rest.substr(0, slash);
  // The last '@' ends the credentials: an unescaped '@' in a password still parses.
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
    const auto credentials = authority.substr(0, at);
    const auto colon = credentials.find(':');
    out.user = percent_decoded(credentials.substr(0, colon), url);
    if (colon != std::string_view::npos)
      out.password = percent_decoded(credentials.substr(colon + 1), url);
    authority.remove_prefix(at + 1);
  }
  if (const auto colon = authority.rfind(':'); colon != std::string_view::npos) {
    unsigned port = 0;
    const auto digits = authority.substr(colon + 1);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
    if (ec != std::errc{} || end != digits.data() + digits.size() || port == 0 || port > 65535)
      bad_url(url, fmt::format("'{}' is not a port", digits));
    out.port = port;
    authority = authority.substr(0, colon);
  }
  if (authority.empty()) bad_url(url, "no host");
  out.host = percent_decoded(authority, url);
  return out;
}

}  // namespace sqlweave
