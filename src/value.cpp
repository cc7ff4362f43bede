// SPDX-License-Identifier: MIT
#include "sqlweave/value.hpp"

#include <fmt/format.h>

namespace sqlweave {

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return days[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool is_valid(const date& d) {
  return d.year >= 1 && d.year <= 9999 && d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

bool is_valid(const time_of_day& t) {
  return t.hour >= 0 && t.hour <= 23 && t.minute >= 0 && t.minute <= 59 && t.second >= 0 &&
         t.second <= 59 && t.microsecond >= 0 && t.microsecond <= 999999;
}

bool is_valid(const datetime& d) {
  return is_valid(d.day) && is_valid(time_of_day{d.hour, d.minute, d.second, d.microsecond});
}

std::string to_iso(const date& d) {
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

std::string to_iso(const time_of_day& t) {
  auto s = fmt::format("{:02}:{:02}:{:02}", t.hour, t.minute, t.second);
  if (t.microsecond != 0) s += fmt::format(".{:06}", t.microsecond);
  return s;
}

std::string to_iso(const datetime& d) {
  return fmt::format("{} {}", to_iso(d.day),
                     to_iso(time_of_day{d.hour, d.minute, d.second, d.microsecond}));
}

std::string to_interval_text(const duration& d) {
  constexpr std::int64_t per_day = 86'400'000'000;
  std::int64_t days = d.microseconds / per_day;
  std::int64_t rest = d.microseconds % per_day;
  if (rest < 0) {
    rest += per_day;
    --days;
  }
  const std::int64_t seconds = rest / 1'000'000;
  return fmt::format("{} days {:02}:{:02}:{:02}.{:06}", days, seconds / 3600, seconds / 60 % 60,
                     seconds % 60, rest % 1'000'000);
}

std::string to_hex(const bytes& b) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(b.data.size() * 2);
  for (const char c : b.data) {
    const auto byte = static_cast<unsigned char>(c);
    out += digits[byte >> 4];
    out += digits[byte & 0xF];
  }
  return out;
}

std::string_view to_string(value_kind k) {
  switch (k) {
    case value_kind::null: return "null";
    case value_kind::boolean: return "boolean";
    case value_kind::integer: return "integer";
    case value_kind::real: return "real";
    case value_kind::text: return "text";
    case value_kind::date: return "date";
    case value_kind::datetime: return "datetime";
    case value_kind::decimal: return "decimal";
    case value_kind::duration: return "duration";
    case value_kind::time: return "time";
    case value_kind::bytes: return "bytes";
  }
  return "value";
}

std::string value::to_string() const {
  switch (kind()) {
    case value_kind::null: return "NULL";
    case value_kind::boolean: return as_bool() ? "1" : "0";
    case value_kind::integer: return fmt::format("{}", as_int());
    case value_kind::real: return fmt::format("{}", as_real());
    case value_kind::text: return as_text();
    case value_kind::date: return to_iso(as_date());
    case value_kind::datetime: return to_iso(as_datetime());
    case value_kind::decimal: return as_decimal().text;
    case value_kind::duration: return to_interval_text(as_duration());
    case value_kind::time: return to_iso(as_time());
    case value_kind::bytes: return to_hex(as_bytes());
  }
  return {};
}

}  // namespace sqlweave
