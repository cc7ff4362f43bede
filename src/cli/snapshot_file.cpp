// SPDX-License-Identifier: MIT
#include "cli/snapshot_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "cli/common.hpp"
#include "cli/output.hpp"
#include "sqlweave/pretty.hpp"

namespace sqlweave::cli {
namespace {

bool valid_name(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.back() == '/') return false;
  const bool chars = std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.' || c == '/';
  });
  if (!chars) return false;
  // No empty, `.` or `..` component: the file stays inside DIR, under one spelling.
  std::size_t at = 0;
  while (at <= name.size()) {
    const auto slash = std::min(name.find('/', at), name.size());
    const auto part = name.substr(at, slash - at);
    if (part.empty() || part == "." || part == "..") return false;
    at = slash + 1;
  }
  return true;
}

// A value as the queryset writes it, so a reviewer sees its type.
std::string literal(const value& v) {
  switch (v.kind()) {
    case value_kind::null: return "None";
    case value_kind::boolean: return v.as_bool() ? "True" : "False";
    case value_kind::integer: return fmt::format("{}", v.as_int());
    case value_kind::real: {
      std::string out = fmt::format("{}", v.as_real());
      if (out.find_first_of(".eEn") == std::string::npos) out += ".0";  // 1.0, not 1
      return out;
    }
    case value_kind::text: return json_string(v.as_text());
    case value_kind::decimal: return fmt::format("Decimal(\"{}\")", v.as_decimal().text);
    case value_kind::date: {
      const auto& d = v.as_date();
      return fmt::format("date({}, {}, {})", d.year, d.month, d.day);
    }
    case value_kind::datetime: {
      const auto& t = v.as_datetime();
      std::string out = fmt::format("datetime({}, {}, {}, {}, {}, {}", t.day.year, t.day.month,
                                    t.day.day, t.hour, t.minute, t.second);
      if (t.microsecond != 0) out += fmt::format(", {}", t.microsecond);
      return out + ")";
    }
    case value_kind::duration:
      return fmt::format("timedelta(microseconds={})", v.as_duration().microseconds);
    case value_kind::time: {
      const auto& t = v.as_time();
      std::string out = fmt::format("time({}, {}, {}", t.hour, t.minute, t.second);
      if (t.microsecond != 0) out += fmt::format(", {}", t.microsecond);
      return out + ")";
    }
    case value_kind::bytes: return fmt::format("bytes.fromhex(\"{}\")", to_hex(v.as_bytes()));
  }
  return json_string(v.to_string());
}

std::string params_line(const statement& st) {
  std::string out = "params: [";
  for (std::size_t i = 0; i < st.params.size(); ++i) {
    if (i > 0) out += ", ";
    const auto slot = std::find_if(st.slots.begin(), st.slots.end(),
                                   [&](const detail::param_slot& s) { return s.index == i; });
    out += slot == st.slots.end() ? literal(st.params[i]) : ":" + slot->name;
  }
  return out + "]\n";
}

std::string section(const compiled_query& plain) {
  const compiled_query c = pretty(plain);
  if (c.runs_nothing()) return "runs no statement (Django's result without a query)\n";
  std::string out;
  for (const auto& st : c.statements) {
    if (!out.empty()) out += '\n';
    out += st.sql + '\n' + params_line(st);
    if (st.rule != run_rule::always) out += fmt::format("run: {}\n", to_string(st.rule));
    if (!st.note.empty()) out += "note: " + st.note + '\n';
    if (!st.counted) out += "not counted: Django's count leaves its rows out\n";
  }
  for (const auto& p : c.prefetches) {
    const std::string source =
        p.source < 0 ? "main" : c.prefetches[static_cast<std::size_t>(p.source)].path;
    out += fmt::format("\nprefetch {} (keys: {}.{}):\n{}{{keys}}{}\n", p.path, source, p.key_column,
                       p.sql_head, p.sql_tail);
  }
  return out;
}

}  // namespace

std::vector<snapshot_query> read_queries(const std::vector<std::string>& files) {
  std::vector<snapshot_query> out;
  std::set<std::string, std::less<>> names;
  for (const auto& file : files) {
    std::istringstream lines(read_file(file));
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
      if (line.empty() || line[0] == '#') continue;
      const auto where = [&] { return fmt::format("{}:{}", file, number); };
      const auto tab = line.find('\t');
      if (tab == std::string::npos || tab == 0 || tab + 1 == line.size())
        throw std::runtime_error(fmt::format(
            "{}: expected 'name<TAB>queryset' or 'name<TAB>!error<TAB>queryset'", where()));
      snapshot_query q{line.substr(0, tab), line.substr(tab + 1), false};
      if (q.queryset.starts_with("!error\t")) {
        q.expect_error = true;
        q.queryset.erase(0, 7);
      }
      if (!valid_name(q.name))
        throw std::runtime_error(fmt::format(
            "{}: invalid snapshot name '{}' (a relative path of A-Z a-z 0-9 _ - . /, no '..')",
            where(), q.name));
      if (!names.insert(q.name).second)
        throw std::runtime_error(
            fmt::format("{}: snapshot name '{}' given twice", where(), q.name));
      out.push_back(std::move(q));
    }
  }
  return out;
}

snapshot_text render_snapshot(const schema& s, const snapshot_query& q,
                              std::span<const dialect_id> dialects) {
  snapshot_text out;
  out.text = "query: " + q.queryset + '\n';
  for (auto d : dialects) {
    out.text += fmt::format("\n[{}]\n", to_string(d));
    try {
      out.text += section(compile_text(s, q.queryset, d, std::nullopt));
    } catch (const user_error& e) {
      const std::string diagnostic = e.err.render(e.source);
      out.text += diagnostic + '\n';
      out.errors.push_back({d, diagnostic});
    }
  }
  return out;
}

}  // namespace sqlweave::cli
