// SPDX-License-Identifier: MIT
// The SQLite executor: parameters bound natively (decimals, dates and datetimes as their text,
// as Django's SQLite adapters send them), columns decoded by the compiled field types.
#include "sqlweave/sqlite.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <memory>

#include "exec/decode.hpp"
#include "sqlweave/exec.hpp"

namespace sqlweave {
namespace {

using exec_detail::database_error;

class sqlite_connection final : public connection {
 public:
  explicit sqlite_connection(const std::string& path) : db_(nullptr, sqlite3_close) {
    sqlite3* raw = nullptr;
    // An existing file only: a mistyped path is an error, not a new empty database.
    const int flags =
        path == ":memory:" ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READWRITE;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    db_.reset(raw);
    if (rc != SQLITE_OK)
      database_error("sqlite", fmt::format("cannot open '{}': {}", path,
                                           raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
    if (sqlite::register_regexp(raw) != SQLITE_OK) fail("registering regexp()");
    if (sqlite::register_temporal(raw) != SQLITE_OK) fail("registering Django's date functions");
    if (sqlite::register_functions(raw) != SQLITE_OK) fail("registering Django's functions");
    execute_script("PRAGMA foreign_keys = ON");
  }

  dialect_id dialect() const override { return dialect_id::sqlite; }

  result_set execute(const statement& st) override {
    exec_detail::require_bound(st);
    sqlite3* db = db_.get();
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    if (sqlite3_prepare_v2(db, st.sql.data(), static_cast<int>(st.sql.size()), &raw, &tail) !=
        SQLITE_OK)
      fail(st.sql);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, sqlite3_finalize);
    if (raw == nullptr) database_error("sqlite", "no statement in the SQL", st.sql);
    if (sqlite3_bind_parameter_count(raw) != static_cast<int>(st.params.size()))
      database_error("sqlite",
                     fmt::format("the SQL has {} placeholders for {} parameters",
                                 sqlite3_bind_parameter_count(raw), st.params.size()),
                     st.sql);
    for (std::size_t i = 0; i < st.params.size(); ++i)
      if (bind(raw, static_cast<int>(i + 1), st.params[i]) != SQLITE_OK) fail(st.sql);
    result_set out;
    const int n = sqlite3_column_count(raw);
    for (int i = 0; i < n; ++i) out.columns.emplace_back(sqlite3_column_name(raw, i));
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
      auto& row = out.rows.emplace_back();
      row.reserve(static_cast<std::size_t>(n));
      for (int i = 0; i < n; ++i)
        row.push_back(column(raw, i, exec_detail::column_of(st, static_cast<std::size_t>(i))));
    }
    if (rc != SQLITE_DONE) fail(st.sql);
    // A write with RETURNING has rows too; what it wrote is still its change count.
    if (n == 0 || st.role == statement_role::write) out.rows_affected = sqlite3_changes64(db);
    exec_detail::finish(st, out);
    return out;
  }

  void execute_script(std::string_view sql) override {
    char* message = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return;
    const std::string why = message ? message : sqlite3_errmsg(db_.get());
    sqlite3_free(message);
    database_error("sqlite", why, sql);
  }

 protected:
  std::string explain_sql(std::string_view sql) const override {
    return fmt::format("EXPLAIN QUERY PLAN {}", sql);
  }

 private:
  [[noreturn]] void fail(std::string_view sql) const {
    // The primary code: SQLITE_CONSTRAINT_UNIQUE, _FOREIGNKEY, _NOTNULL ... are all constraints.
    const bool integrity = (sqlite3_extended_errcode(db_.get()) & 0xff) == SQLITE_CONSTRAINT;
    database_error("sqlite", sqlite3_errmsg(db_.get()), sql, integrity);
  }

  static int bind(sqlite3_stmt* st, int index, const value& v) {
    switch (v.kind()) {
      case value_kind::null: return sqlite3_bind_null(st, index);
      case value_kind::boolean: return sqlite3_bind_int(st, index, v.as_bool() ? 1 : 0);
      case value_kind::integer: return sqlite3_bind_int64(st, index, v.as_int());
      case value_kind::real: return sqlite3_bind_double(st, index, v.as_real());
      // Microseconds, as Django stores a DurationField here.
      case value_kind::duration: return sqlite3_bind_int64(st, index, v.as_duration().microseconds);
      case value_kind::text:
        return sqlite3_bind_text(st, index, v.as_text().data(),
                                 static_cast<int>(v.as_text().size()), SQLITE_TRANSIENT);
      case value_kind::bytes:
        return sqlite3_bind_blob(st, index, v.as_bytes().data.data(),
                                 static_cast<int>(v.as_bytes().data.size()), SQLITE_TRANSIENT);
      case value_kind::date:
      case value_kind::datetime:
      case value_kind::time:
      case value_kind::decimal: {
        const auto text = v.to_string();
        return sqlite3_bind_text(st, index, text.data(), static_cast<int>(text.size()),
                                 SQLITE_TRANSIENT);
      }
    }
    return SQLITE_MISUSE;
  }

  static value column(sqlite3_stmt* st, int i, const result_column* col) {
    switch (sqlite3_column_type(st, i)) {
      case SQLITE_NULL: return {};
      case SQLITE_INTEGER: return exec_detail::decode_integer(sqlite3_column_int64(st, i), col);
      case SQLITE_FLOAT: return exec_detail::decode_real(sqlite3_column_double(st, i), col);
      case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(st, i));
        return value(sqlweave::bytes{
            std::string(bytes, static_cast<std::size_t>(sqlite3_column_bytes(st, i)))});
      }
      default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
        return exec_detail::decode_text(
            std::string_view(text, static_cast<std::size_t>(sqlite3_column_bytes(st, i))), col);
      }
    }
  }

  std::unique_ptr<sqlite3, int (*)(sqlite3*)> db_;
};

}  // namespace

std::unique_ptr<connection> open_sqlite(const std::string& path) {
  return std::make_unique<sqlite_connection>(path);
}

}  // namespace sqlweave
