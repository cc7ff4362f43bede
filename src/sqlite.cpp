// SPDX-License-Identifier: MIT
#include "sqlweave/sqlite.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <fmt/format.h>
#include <pcre2.h>
#include <sqlite3.h>

#include <memory>
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

}  // namespace

int register_regexp(sqlite3* db) {
  return sqlite3_create_function(db, "regexp", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                 regexp, nullptr, nullptr);
}

}  // namespace sqlweave::sqlite
