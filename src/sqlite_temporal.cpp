// SPDX-License-Identifier: MIT
// The date and time functions Django's SQLite backend registers, as the SQL sqlweave compiles for
// SQLite calls them: dates, datetimes and times are ISO text there, durations microseconds.
#include <sqlite3.h>

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "sqlweave/sqlite.hpp"
#include "sqlweave/value.hpp"

namespace sqlweave::sqlite {
namespace {

constexpr std::int64_t micros_per_day = 86'400'000'000;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

date civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
  return {static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

bool digits(std::string_view s, std::size_t at, std::size_t n, int& out) {
  if (at + n > s.size()) return false;
  const auto [end, ec] = std::from_chars(s.data() + at, s.data() + at + n, out);
  return ec == std::errc{} && end == s.data() + at + n;
}

// `HH:MM[:SS[.ffffff]]` from `at`: microseconds since midnight.
std::optional<std::int64_t> clock_micros(std::string_view s, std::size_t at) {
  int h = 0, m = 0, sec = 0;
  if (!digits(s, at, 2, h) || s.size() < at + 5 || s[at + 2] != ':' || !digits(s, at + 3, 2, m))
    return std::nullopt;
  std::int64_t micros = 0;
  if (s.size() > at + 5) {
    if (s[at + 5] != ':' || !digits(s, at + 6, 2, sec)) return std::nullopt;
    if (s.size() > at + 8) {
      if (s[at + 8] != '.') return std::nullopt;
      std::string fraction(s.substr(at + 9, 6));
      fraction.resize(6, '0');
      int f = 0;
      if (!digits(fraction, 0, 6, f)) return std::nullopt;
      micros = f;
    }
  }
  return ((h * 60 + m) * 60 + sec) * std::int64_t{1'000'000} + micros;
}

/// A date (`YYYY-MM-DD`) or a datetime (`YYYY-MM-DD HH:MM[:SS[.ffffff]]`, or with `T`).
struct moment {
  std::int64_t micros = 0;  // since 1970-01-01 00:00
  bool has_time = false;
};

std::optional<moment> parse_moment(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (s.size() < 10 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, m) || s[7] != '-' ||
      !digits(s, 8, 2, d))
    return std::nullopt;
  const std::int64_t day = days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  if (s.size() == 10) return moment{day * micros_per_day, false};
  if (s[10] != ' ' && s[10] != 'T') return std::nullopt;
  const auto t = clock_micros(s, 11);
  if (!t) return std::nullopt;
  return moment{day * micros_per_day + *t, true};
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

std::string format_moment(const moment& m) {
  const std::int64_t day = floor_div(m.micros, micros_per_day);
  const date d = civil_from_days(day);
  if (!m.has_time) return to_iso(d);
  const std::int64_t rest = m.micros - day * micros_per_day;
  const std::int64_t seconds = rest / 1'000'000;
  return to_iso(datetime{d, static_cast<int>(seconds / 3600), static_cast<int>(seconds / 60 % 60),
                         static_cast<int>(seconds % 60), static_cast<int>(rest % 1'000'000)});
}

std::optional<moment> moment_arg(sqlite3_value* v) {
  if (sqlite3_value_type(v) != SQLITE_TEXT) return std::nullopt;
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(v));
  return parse_moment({text, static_cast<std::size_t>(sqlite3_value_bytes(v))});
}

// django_format_dtdelta(op, a, b): a date or datetime moved by microseconds, either side. A
// date moves by whole days, as Python's date + timedelta.
void format_dtdelta(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const auto* op = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const bool minus = op && op[0] == '-';
  const bool left_moment = sqlite3_value_type(argv[1]) == SQLITE_TEXT;
  sqlite3_value* at = argv[left_moment ? 1 : 2];
  sqlite3_value* by = argv[left_moment ? 2 : 1];
  const auto m = moment_arg(at);
  if (!m || sqlite3_value_type(by) != SQLITE_INTEGER || (minus && !left_moment))
    return sqlite3_result_null(ctx);
  std::int64_t delta = sqlite3_value_int64(by);
  if (minus) delta = -delta;
  moment out = *m;
  out.micros += m->has_time ? delta : floor_div(delta, micros_per_day) * micros_per_day;
  const std::string text = format_moment(out);
  sqlite3_result_text(ctx, text.c_str(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

// django_timestamp_diff(a, b): a - b in microseconds.
void timestamp_diff(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const auto a = moment_arg(argv[0]);
  const auto b = moment_arg(argv[1]);
  if (!a || !b) return sqlite3_result_null(ctx);
  sqlite3_result_int64(ctx, a->micros - b->micros);
}

std::optional<std::int64_t> time_arg(sqlite3_value* v) {
  if (sqlite3_value_type(v) != SQLITE_TEXT) return std::nullopt;
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(v));
  return clock_micros({text, static_cast<std::size_t>(sqlite3_value_bytes(v))}, 0);
}

// django_time_diff(a, b): a - b in microseconds, for times of day.
void time_diff(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const auto a = time_arg(argv[0]);
  const auto b = time_arg(argv[1]);
  if (!a || !b) return sqlite3_result_null(ctx);
  sqlite3_result_int64(ctx, *a - *b);
}

}  // namespace

int register_temporal(sqlite3* db) {
  constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
  int rc = sqlite3_create_function(db, "django_format_dtdelta", 3, flags, nullptr, format_dtdelta,
                                   nullptr, nullptr);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function(db, "django_timestamp_diff", 2, flags, nullptr, timestamp_diff,
                                 nullptr, nullptr);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function(db, "django_time_diff", 2, flags, nullptr, time_diff, nullptr,
                                 nullptr);
  return rc;
}

}  // namespace sqlweave::sqlite
