// SPDX-License-Identifier: MIT
// connection::run(): a compiled plan as one transaction, prefetch hops stitched after it.
#include <fmt/format.h>

#include <algorithm>
#include <exception>

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

/// What the lookups of a get_or_create()/update_or_create() plan found so far, which decides
/// by the run_rules (compile.hpp) whether the next statement runs.
struct decisions {
  bool found = false;
  bool inserted = false;
  std::exception_ptr insert_failure;  // the insert's integrity error

  bool runs(run_rule r) const {
    switch (r) {
      case run_rule::always: return true;
      case run_rule::if_none_found: return !found;
      case run_rule::if_insert_failed: return insert_failure != nullptr;
      case run_rule::if_found: return found;
    }
    return true;
  }

  /// A lookup's rows: its one row is the object; none after a failed insert re-raises its error.
  void looked_up(const result_set& rows) {
    if (rows.rows.size() > 1)
      fail(error_code::bad_value,
           fmt::format("the lookup returned {} rows, not one (MultipleObjectsReturned)",
                       rows.rows.size()));
    found = rows.rows.size() == 1;
    if (!found && insert_failure) std::rethrow_exception(insert_failure);
  }
};

// The insert of a get_or_create() plan in transaction.atomic() inside the plan's
// transaction: a savepoint, so that the transaction survives a failed INSERT (PostgreSQL's
// would be aborted).
std::int64_t insert_in_savepoint(connection& db, const statement& st, decisions& made) {
  db.execute_script("SAVEPOINT sqlweave_create");
  try {
    const auto r = db.execute(st);
    db.execute_script("RELEASE SAVEPOINT sqlweave_create");
    made.inserted = true;
    return r.rows_affected;
  } catch (const error& e) {
    if (e.code() != error_code::integrity) throw;
    db.execute_script("ROLLBACK TO SAVEPOINT sqlweave_create");
    made.insert_failure = std::current_exception();
    return 0;
  }
}

}  // namespace

plan_result connection::run(const compiled_query& plan) {
  check_plan(plan, dialect());
  plan_result out;
  out.is_write = plan.is_write;
  if (plan.runs_nothing()) {
    // Django's result without a query, and no transaction either: 0 rows affected, or
    // aggregate()'s `{}` (one row of no columns).
    if (!plan.is_write && plan.single_row) out.rows.rows.emplace_back();
    return out;
  }
  execute_script("BEGIN");
  try {
    const bool deciding =
        std::any_of(plan.statements.begin(), plan.statements.end(),
                    [](const statement& s) { return s.rule != run_rule::always; });
    decisions made;
    for (const auto& st : plan.statements) {
      if (!made.runs(st.rule)) continue;
      if (st.rule == run_rule::if_none_found) {
        out.rows_affected += insert_in_savepoint(*this, st, made);
        continue;
      }
      auto r = execute(st);
      if (st.counted) out.rows_affected += r.rows_affected;
      if (st.role != statement_role::write) out.rows = std::move(r);
      if (deciding && st.role == statement_role::main) made.looked_up(out.rows);
    }
    if (deciding) out.created = made.inserted;
    for (const auto& hop : plan.prefetches) {
      const result_set& source =
          hop.source < 0 ? out.rows : out.prefetches.at(static_cast<std::size_t>(hop.source)).rows;
      // Taken before the new entry is added: adding may move the source's rows.
      const auto keys = keys_of(source, hop.key_column, hop.path);
      auto& fetched = out.prefetches.emplace_back();
      fetched.path = hop.path;
      fetched.match_column = hop.match_column;
      for (const auto& col : hop.columns) {
        fetched.rows.columns.push_back(col.label);
        fetched.rows.classes.push_back(col.type);
      }
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
