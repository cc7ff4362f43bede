// SPDX-License-Identifier: MIT
// connection::run(): a compiled plan as one transaction, prefetch hops stitched after it.
#include <fmt/format.h>

#include <algorithm>

#include "sqlweave/exec.hpp"
#include "support/errors.hpp"

namespace sqlweave {
namespace {

/// The distinct non-NULL values of `label` in `source`, in first-seen order.
std::vector<value> keys_of(const result_set& source, const std::string& label,
                           const std::string& path) {
  const auto it = std::find(source.columns.begin(), source.columns.end(), label);
  if (it == source.columns.end())
    fail(error_code::bad_argument,
         fmt::format("prefetch '{}': the rows it hangs off have no column '{}'", path, label));
  const auto at = static_cast<std::size_t>(it - source.columns.begin());
  std::vector<value> keys;
  for (const auto& row : source.rows)
    if (!row[at].is_null() && std::find(keys.begin(), keys.end(), row[at]) == keys.end())
      keys.push_back(row[at]);
  return keys;
}

void check_plan(const compiled_query& plan, dialect_id here) {
  if (plan.dialect != here)
    fail(error_code::unsupported, fmt::format("the plan was compiled for {} and cannot run on {}",
                                              to_string(plan.dialect), to_string(here)));
  if (const auto names = plan.unbound_parameters(); !names.empty())
    fail(error_code::unbound_parameter, fmt::format("no value for the parameter :{}", names[0]));
}

}  // namespace

plan_result connection::run(const compiled_query& plan) {
  check_plan(plan, dialect());
  plan_result out;
  out.is_write = std::any_of(plan.statements.begin(), plan.statements.end(),
                             [](const statement& s) { return s.role == statement_role::write; });
  execute_script("BEGIN");
  try {
    for (const auto& st : plan.statements) {
      auto r = execute(st);
      out.rows_affected += r.rows_affected;
      if (st.role != statement_role::write) out.rows = std::move(r);
    }
    for (const auto& hop : plan.prefetches) {
      const result_set& source =
          hop.source < 0 ? out.rows : out.prefetches.at(static_cast<std::size_t>(hop.source)).rows;
      // Taken before the new entry is added: adding may move the source's rows.
      const auto keys = keys_of(source, hop.key_column, hop.path);
      auto& fetched = out.prefetches.emplace_back();
      fetched.path = hop.path;
      fetched.match_column = hop.match_column;
      for (const auto& col : hop.columns) fetched.rows.columns.push_back(col.label);
      for (const auto& st : hop.statements(keys)) {
        auto part = execute(st);
        for (auto& row : part.rows) fetched.rows.rows.push_back(std::move(row));
      }
    }
    execute_script("COMMIT");
  } catch (...) {
    try {
      execute_script("ROLLBACK");
    } catch (const error&) {
      // The first failure is the one to report; a lost connection fails the rollback too.
    }
    throw;
  }
  if (plan.returns_bool) out.truth = !out.rows.rows.empty();
  return out;
}

std::vector<std::string> connection::explain(const statement& st) {
  statement probe = st;
  // explain() compiled the request for the plan already, in the form and options it names.
  if (st.role != statement_role::plan) probe.sql = explain_sql(st.sql);
  probe.columns = {};
  std::vector<std::string> lines;
  for (const auto& row : execute(probe).rows) {
    std::string line;
    for (const auto& v : row) {
      if (!line.empty()) line += " | ";
      line += v.to_string();
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

std::size_t result_set::column_index(std::string_view label) const {
  const auto it = std::find(columns.begin(), columns.end(), label);
  if (it != columns.end()) return static_cast<std::size_t>(it - columns.begin());
  std::string known;
  for (const auto& c : columns) known += (known.empty() ? "" : ", ") + c;
  fail(error_code::bad_argument, fmt::format("no column '{}' (columns: {})", label, known));
}

namespace detail {
void value_out_of_range(std::int64_t n, std::string_view wanted) {
  fail(error_code::bad_value, fmt::format("the integer {} does not fit {}", n, wanted));
}

void value_mismatch(const value& v, std::string_view wanted) {
  fail(error_code::bad_value,
       fmt::format("the {} value cannot be read as {}", to_string(v.kind()), wanted));
}
}  // namespace detail

}  // namespace sqlweave
