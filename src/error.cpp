// SPDX-License-Identifier: MIT
#include "sqlweave/error.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "support/errors.hpp"

namespace sqlweave {

std::string_view to_string(error_code code) {
  switch (code) {
    case error_code::syntax: return "syntax";
    case error_code::unknown_model: return "unknown_model";
    case error_code::unknown_field: return "unknown_field";
    case error_code::unknown_lookup: return "unknown_lookup";
    case error_code::unknown_function: return "unknown_function";
    case error_code::bad_lookup: return "bad_lookup";
    case error_code::bad_value: return "bad_value";
    case error_code::bad_argument: return "bad_argument";
    case error_code::bad_schema: return "bad_schema";
    case error_code::unsupported: return "unsupported";
    case error_code::limit_exceeded: return "limit_exceeded";
    case error_code::unbound_parameter: return "unbound_parameter";
    case error_code::bad_url: return "bad_url";
    case error_code::database: return "database";
    case error_code::needs_default: return "needs_default";
    case error_code::integrity: return "integrity";
    case error_code::protected_relation: return "protected_relation";
  }
  return "error";
}

error::error(diagnostic d) : std::runtime_error(d.message), d_(std::move(d)) {}

std::string error::render(std::string_view source, std::string_view path) const {
  std::string out = fmt::format("error[{}]: {}", to_string(d_.code), d_.message);
  if (d_.span.empty() && d_.span.offset == 0) return out;
  const std::size_t at = std::min<std::size_t>(d_.span.offset, source.size());
  const std::size_t line_start = source.rfind('\n', at == 0 ? 0 : at - 1) == std::string_view::npos
                                     ? 0
                                     : source.rfind('\n', at == 0 ? 0 : at - 1) + 1;
  const std::size_t line_end = std::min(source.find('\n', at), source.size());
  const auto line_no =
      1 + std::count(source.begin(), source.begin() + static_cast<std::ptrdiff_t>(at), '\n');
  // Columns count characters, not bytes, so the caret sits under non-ASCII text correctly.
  auto chars = [](std::string_view s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  };
  const std::size_t column = chars(source.substr(line_start, at - line_start));
  const std::size_t width = std::max<std::size_t>(
      1, chars(source.substr(at, std::min<std::size_t>(d_.span.length, line_end - at))));
  out += path.empty() ? fmt::format("\n --> line {}, column {}", line_no, column + 1)
                      : fmt::format("\n --> {}:{}:{}", path, line_no, column + 1);
  out += fmt::format("\n  | {}\n  | {}{}", source.substr(line_start, line_end - line_start),
                     std::string(column, ' '), std::string(width, '^'));
  return out;
}

namespace {
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}
}  // namespace

std::vector<std::string> nearest_names(std::string_view name,
                                       const std::vector<std::string_view>& candidates) {
  std::vector<std::pair<std::size_t, std::string_view>> scored;
  const std::size_t limit = std::max<std::size_t>(2, name.size() / 3);
  for (auto c : candidates) {
    const auto d = edit_distance(name, c);
    if (d <= limit) scored.emplace_back(d, c);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) out.emplace_back(scored[i].second);
  return out;
}

void throw_unknown(error_code code, std::string what, std::string_view name, std::string_view owner,
                   std::vector<std::string> candidates, source_span span) {
  std::string msg = fmt::format("unknown {} '{}'", what, name);
  if (!owner.empty()) msg += fmt::format(" on {}", owner);
  if (!candidates.empty()) {
    msg += fmt::format("; did you mean '{}'?", candidates.front());
  }
  throw error(diagnostic{code, std::move(msg), span, std::move(candidates)});
}

void unsupported(std::string_view dialect, std::string_view feature, source_span span) {
  fail(error_code::unsupported, fmt::format("{} does not support {}", dialect, feature), span);
}

}  // namespace sqlweave
