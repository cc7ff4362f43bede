// SPDX-License-Identifier: MIT
#include "sqlweave/sqlite.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <fmt/format.h>
#include <pcre2.h>
#include <sqlite3.h>

#include <memory>
#include <stdexcept>
#include <string_view>

namespace sqlweave::sqlite {
namespace {

void regexp(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL)
    return sqlite3_result_null(ctx);
  const auto* pattern = sqlite3_value_text(argv[0]);
  const auto pattern_len = static_cast<std::size_t>(sqlite3_value_bytes(argv[0]));
  const auto* subject = sqlite3_value_text(argv[1]);
  const auto subject_len = static_cast<std::size_t>(sqlite3_value_bytes(argv[1]));
  int code = 0;
  PCRE2_SIZE offset = 0;
  std::unique_ptr<pcre2_code, decltype(&pcre2_code_free)> re(
      pcre2_compile(pattern, pattern_len, PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &code, &offset,
                    nullptr),
      pcre2_code_free);
  if (!re) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(code, message, sizeof message);
    const auto text = fmt::format("invalid regular expression at offset {}: {}", offset,
                                  reinterpret_cast<const char*>(message));
    return sqlite3_result_error(ctx, text.c_str(), -1);
  }
  std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)> match(
      pcre2_match_data_create_from_pattern(re.get(), nullptr), pcre2_match_data_free);
  const int rc = pcre2_match(re.get(), subject, subject_len, 0, 0, match.get(), nullptr);
  if (rc < 0 && rc != PCRE2_ERROR_NOMATCH)
    return sqlite3_result_error(ctx, "regular expression match failed (too complex?)", -1);
  sqlite3_result_int(ctx, rc >= 0 ? 1 : 0);
}

[[noreturn]] void fail_sqlite(sqlite3* db, std::string_view what) {
  throw std::runtime_error(fmt::format("{}: {}", what, sqlite3_errmsg(db)));
}

void bind(sqlite3* db, sqlite3_stmt* stmt, int index, const value& v) {
  int rc = SQLITE_OK;
  switch (v.kind()) {
    case value_kind::null: rc = sqlite3_bind_null(stmt, index); break;
    case value_kind::boolean: rc = sqlite3_bind_int(stmt, index, v.as_bool() ? 1 : 0); break;
    case value_kind::integer: rc = sqlite3_bind_int64(stmt, index, v.as_int()); break;
    case value_kind::real: rc = sqlite3_bind_double(stmt, index, v.as_real()); break;
    case value_kind::text:
      rc = sqlite3_bind_text(stmt, index, v.as_text().data(), static_cast<int>(v.as_text().size()),
                             SQLITE_TRANSIENT);
      break;
    default: {
      const auto text = v.to_string();
      rc = sqlite3_bind_text(stmt, index, text.data(), static_cast<int>(text.size()),
                             SQLITE_TRANSIENT);
    }
  }
  if (rc != SQLITE_OK) fail_sqlite(db, "bind");
}

value column_value(sqlite3_stmt* stmt, int i) {
  switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_INTEGER: return value(static_cast<std::int64_t>(sqlite3_column_int64(stmt, i)));
    case SQLITE_FLOAT: return value(sqlite3_column_double(stmt, i));
    case SQLITE_NULL: return value();
    default: {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
      return value(std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, i))));
    }
  }
}

}  // namespace

int register_regexp(sqlite3* db) {
  return sqlite3_create_function(db, "regexp", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                 regexp, nullptr, nullptr);
}

result execute(sqlite3* db, const statement& st) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, st.sql.c_str(), static_cast<int>(st.sql.size()), &raw, nullptr) !=
      SQLITE_OK)
    fail_sqlite(db, "prepare");
  std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(raw, sqlite3_finalize);
  for (std::size_t i = 0; i < st.params.size(); ++i)
    bind(db, raw, static_cast<int>(i + 1), st.params[i]);
  result out;
  const int n = sqlite3_column_count(raw);
  for (int i = 0; i < n; ++i) out.columns.emplace_back(sqlite3_column_name(raw, i));
  while (true) {
    const int rc = sqlite3_step(raw);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) fail_sqlite(db, "step");
    auto& row = out.rows.emplace_back();
    row.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) row.push_back(column_value(raw, i));
  }
  out.changes = n == 0 ? sqlite3_changes64(db) : 0;
  return out;
}

void execute_script(sqlite3* db, const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : "unknown error";
    sqlite3_free(message);
    throw std::runtime_error(fmt::format("sqlite: {}", text));
  }
}

}  // namespace sqlweave::sqlite
