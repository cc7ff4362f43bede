// SPDX-License-Identifier: MIT
#include "cli/output.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace sqlweave::cli {

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        else
          out.push_back(c);
    }
  }
  out.push_back('"');
  return out;
}

std::string json_value(const value& v) {
  switch (v.kind()) {
    case value_kind::null: return "null";
    case value_kind::boolean: return v.as_bool() ? "true" : "false";
    case value_kind::integer: return fmt::format("{}", v.as_int());
    case value_kind::real:
      // JSON has no infinities or NaN: those travel as strings, as Python's json would not.
      if (!std::isfinite(v.as_real())) return json_string(v.to_string());
      return fmt::format("{}", v.as_real());
    default: return json_string(v.to_string());
  }
}

namespace {
bool keyed(paramstyle p) {
  return p == paramstyle::named || p == paramstyle::pyformat;
}

// get_or_create()/update_or_create(): each statement shows when it runs and what it does.
bool runs_by_rules(const compiled_query& c) {
  return std::any_of(c.statements.begin(), c.statements.end(),
                     [](const statement& st) { return st.rule != run_rule::always; });
}
}  // namespace

std::string to_json(const compiled_query& c) {
  std::string out = fmt::format("{{\"dialect\":\"{}\",\"statements\":[", to_string(c.dialect));
  const bool ruled = runs_by_rules(c);
  for (std::size_t s = 0; s < c.statements.size(); ++s) {
    const auto& st = c.statements[s];
    if (s > 0) out += ',';
    out += fmt::format("{{\"sql\":{},\"params\":", json_string(st.sql));
    out += keyed(c.style) ? '{' : '[';
    for (std::size_t i = 0; i < st.params.size(); ++i) {
      if (i > 0) out += ',';
      if (keyed(c.style)) out += json_string(placeholder_name(i)) + ':';
      out += json_value(st.params[i]);
    }
    out += keyed(c.style) ? '}' : ']';
    // Types beside values, so a consumer binds a decimal as a decimal and 0.0 as a float.
    out += ",\"param_types\":";
    out += keyed(c.style) ? '{' : '[';
    for (std::size_t i = 0; i < st.params.size(); ++i) {
      if (i > 0) out += ',';
      if (keyed(c.style)) out += json_string(placeholder_name(i)) + ':';
      out += json_string(to_string(st.params[i].kind()));
    }
    out += keyed(c.style) ? '}' : ']';
    if (ruled)
      out += fmt::format(",\"run\":\"{}\",\"note\":{}", to_string(st.rule), json_string(st.note));
    out += '}';
  }
  out += ']';
  if (!c.prefetches.empty()) {
    // Prefetch statements take their keys at run time: shown with the key list as `{keys}`.
    out += ",\"prefetch\":[";
    for (std::size_t i = 0; i < c.prefetches.size(); ++i) {
      const auto& p = c.prefetches[i];
      if (i > 0) out += ',';
      out += fmt::format(
          "{{\"path\":{},\"source\":{},\"key_column\":{},\"match_column\":{},\"sql\":{}}}",
          json_string(p.path), p.source, json_string(p.key_column), json_string(p.match_column),
          json_string(p.sql_head + "{keys}" + p.sql_tail));
    }
    out += ']';
  }
  out += '}';
  return out;
}

std::string to_text(const compiled_query& c) {
  std::string out;
  const bool ruled = runs_by_rules(c);
  for (const auto& st : c.statements) {
    if (!out.empty()) out += '\n';
    out += st.sql;
    out += "\n-- params: [";
    for (std::size_t i = 0; i < st.params.size(); ++i) {
      if (i > 0) out += ", ";
      out += json_value(st.params[i]);
    }
    out += "]\n";
    if (ruled) out += fmt::format("-- run: {} ({})\n", to_string(st.rule), st.note);
  }
  for (const auto& p : c.prefetches)
    out += fmt::format(
        "-- prefetch {} (keys: {}.{}):\n{}{{keys}}{}\n", p.path,
        p.source < 0 ? std::string("main") : c.prefetches[static_cast<std::size_t>(p.source)].path,
        p.key_column, p.sql_head, p.sql_tail);
  return out;
}

namespace {
std::string json_rows(const result_set& r) {
  std::string out = "{\"columns\":[";
  for (std::size_t i = 0; i < r.columns.size(); ++i)
    out += (i > 0 ? "," : "") + json_string(r.columns[i]);
  out += "],\"rows\":[";
  for (std::size_t i = 0; i < r.rows.size(); ++i) {
    out += i > 0 ? ",[" : "[";
    for (std::size_t j = 0; j < r.rows[i].size(); ++j) {
      const value& v = r.rows[i][j];
      // A JSONField's value is JSON already: written as it is, as Django hands back the object.
      const bool json =
          j < r.classes.size() && r.classes[j] == type_class::json && v.kind() == value_kind::text;
      out += (j > 0 ? "," : "") + (json ? v.as_text() : json_value(v));
    }
    out += ']';
  }
  return out + "]}";
}
}  // namespace

std::string to_json(const plan_result& r) {
  if (r.created) {
    std::string rows = json_rows(r.rows);
    return fmt::format("{{\"created\":{},\"rows_affected\":{},{}", *r.created, r.rows_affected,
                       rows.substr(1));
  }
  if (r.is_write) return fmt::format("{{\"rows_affected\":{}}}", r.rows_affected);
  if (r.truth) return fmt::format("{{\"columns\":[\"exists\"],\"rows\":[[{}]]}}", *r.truth);
  std::string out = json_rows(r.rows);
  if (r.prefetches.empty()) return out;
  out.pop_back();
  out += ",\"prefetch\":{";
  for (std::size_t i = 0; i < r.prefetches.size(); ++i)
    out += (i > 0 ? "," : "") + json_string(r.prefetches[i].path) + ':' +
           json_rows(r.prefetches[i].rows);
  return out + "}}";
}

std::string to_text(const plan_result& r) {
  if (r.created)
    return fmt::format("{}, {} row{} affected\n{}", *r.created ? "created" : "found",
                       r.rows_affected, r.rows_affected == 1 ? "" : "s",
                       *r.created ? "" : to_table(r.rows.columns, r.rows.rows));
  if (r.is_write)
    return fmt::format("{} row{} affected\n", r.rows_affected, r.rows_affected == 1 ? "" : "s");
  if (r.truth) return *r.truth ? "True\n" : "False\n";
  std::string out = to_table(r.rows.columns, r.rows.rows);
  for (const auto& p : r.prefetches)
    out += fmt::format("\nprefetch {}:\n{}", p.path, to_table(p.rows.columns, p.rows.rows));
  return out;
}

namespace {
std::size_t width(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}
}  // namespace

std::string to_table(const std::vector<std::string>& columns,
                     const std::vector<std::vector<value>>& rows) {
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> widths;
  for (const auto& c : columns) widths.push_back(width(c));
  for (const auto& row : rows) {
    auto& line = cells.emplace_back();
    for (std::size_t i = 0; i < row.size(); ++i) {
      line.push_back(row[i].to_string());
      if (i < widths.size()) widths[i] = std::max(widths[i], width(line.back()));
    }
  }
  std::string out;
  auto emit = [&](const std::vector<std::string>& line) {
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (i > 0) out += " | ";
      out += line[i];
      if (i + 1 < line.size()) out.append(widths[i] - width(line[i]), ' ');
    }
    out += '\n';
  };
  emit(columns);
  for (std::size_t i = 0; i < widths.size(); ++i) {
    if (i > 0) out += "-+-";
    out.append(widths[i], '-');
  }
  out += '\n';
  for (const auto& line : cells) emit(line);
  out += fmt::format("({} row{})\n", rows.size(), rows.size() == 1 ? "" : "s");
  return out;
}

}  // namespace sqlweave::cli
