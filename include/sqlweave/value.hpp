// SPDX-License-Identifier: MIT
// Values that travel as bound parameters. Nothing of a value is ever spliced into SQL.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace sqlweave {

/// A calendar date: `date{2024, 2, 29}`.
struct date {
  int year = 1970;
  int month = 1;
  int day = 1;
  friend bool operator==(const date&, const date&) = default;
};

/// A naive date and time with microseconds: `datetime{{2024, 2, 29}, 13, 5, 0}`.
struct datetime {
  sqlweave::date day;
  int hour = 0;
  int minute = 0;
  int second = 0;
  int microsecond = 0;
  friend bool operator==(const datetime&, const datetime&) = default;
};

/// A naive time of day with microseconds, Python's datetime.time: `time_of_day{13, 5}`.
struct time_of_day {
  int hour = 0;
  int minute = 0;
  int second = 0;
  int microsecond = 0;
  friend bool operator==(const time_of_day&, const time_of_day&) = default;
};

/// An exact decimal kept as its canonical text: `decimal{"12.50"}`.
struct decimal {
  std::string text;
  friend bool operator==(const decimal&, const decimal&) = default;
};

/// Raw bytes, Python's bytes (a BinaryField's value): `bytes{"\x00\xff"}`.
struct bytes {
  std::string data;
  friend bool operator==(const bytes&, const bytes&) = default;
};

/// A signed span of time, Python's timedelta: `duration{90'000'000}` is 90 seconds.
struct duration {
  std::int64_t microseconds = 0;
  friend bool operator==(const duration&, const duration&) = default;
};

enum class value_kind : std::uint8_t {
  null,
  boolean,
  integer,
  real,
  text,
  date,
  datetime,
  decimal,
  duration,
  time,
  bytes
};

/// `null`, `boolean`, `integer`, `real`, `text`, `date`, `datetime`, `decimal`, `duration`,
/// `time`, `bytes`: the names of `compile --json`'s param_types and of redacted markers.
std::string_view to_string(value_kind k);

/// One bound value: `value{42}`, `value{"Dj"}`, `value{date{2020, 1, 1}}`, `value{}` (NULL).
class value {
 public:
  using storage = std::variant<std::monostate, bool, std::int64_t, double, std::string,
                               sqlweave::date, sqlweave::datetime, sqlweave::decimal,
                               sqlweave::duration, sqlweave::time_of_day, sqlweave::bytes>;

  value() = default;
  value(std::nullptr_t) {}
  value(bool b) : v_(b) {}
  value(int i) : v_(std::int64_t{i}) {}
  value(long i) : v_(std::int64_t{i}) {}
  value(long long i) : v_(std::int64_t{i}) {}
  value(double d) : v_(d) {}
  value(std::string s) : v_(std::move(s)) {}
  value(std::string_view s) : v_(std::string(s)) {}
  value(const char* s) : v_(std::string(s)) {}
  value(sqlweave::date d) : v_(d) {}
  value(sqlweave::datetime d) : v_(d) {}
  value(sqlweave::decimal d) : v_(std::move(d)) {}
  value(sqlweave::duration d) : v_(d) {}
  value(sqlweave::time_of_day t) : v_(t) {}
  value(sqlweave::bytes b) : v_(std::move(b)) {}

  value_kind kind() const { return static_cast<value_kind>(v_.index()); }
  bool is_null() const { return v_.index() == 0; }
  const storage& get() const { return v_; }

  bool as_bool() const { return std::get<bool>(v_); }
  std::int64_t as_int() const { return std::get<std::int64_t>(v_); }
  double as_real() const { return std::get<double>(v_); }
  const std::string& as_text() const { return std::get<std::string>(v_); }
  const sqlweave::date& as_date() const { return std::get<sqlweave::date>(v_); }
  const sqlweave::datetime& as_datetime() const { return std::get<sqlweave::datetime>(v_); }
  const sqlweave::decimal& as_decimal() const { return std::get<sqlweave::decimal>(v_); }
  sqlweave::duration as_duration() const { return std::get<sqlweave::duration>(v_); }
  const sqlweave::time_of_day& as_time() const { return std::get<sqlweave::time_of_day>(v_); }
  const sqlweave::bytes& as_bytes() const { return std::get<sqlweave::bytes>(v_); }

  /// Numbers, dates and decimals as text, the way they are sent to a text-bound driver:
  /// `2024-02-29`, `2024-02-29 13:05:00`, `12.50`, a time as `13:05:00` (Python's str()), a
  /// duration as `1 days 02:03:04.000005` (PostgreSQL's interval input), bytes as lowercase hex
  /// digits (`00ff`). Text is returned as is.
  std::string to_string() const;

  /// `*this = v`, in place without std::variant's visit when both hold an integer, a boolean
  /// or a text, the kinds most parameters have (statement_cache writes each hit's values so).
  void assign(const value& v) {
    if (v_.index() == v.v_.index()) {
      if (auto* i = std::get_if<std::int64_t>(&v_)) {
        *i = *std::get_if<std::int64_t>(&v.v_);
        return;
      }
      if (auto* b = std::get_if<bool>(&v_)) {
        *b = *std::get_if<bool>(&v.v_);
        return;
      }
      if (auto* t = std::get_if<std::string>(&v_)) {
        *t = *std::get_if<std::string>(&v.v_);
        return;
      }
    }
    v_ = v.v_;
  }

  friend bool operator==(const value&, const value&) = default;

 private:
  storage v_;
};

/// Days in a month of the proleptic Gregorian calendar: `days_in_month(2024, 2) == 29`.
int days_in_month(int year, int month);
/// A real calendar date with a year in 1..9999 (Python's datetime.date range).
bool is_valid(const date& d);
/// A valid date with hour 0..23, minute and second 0..59, microsecond 0..999999.
bool is_valid(const datetime& d);
/// Hour 0..23, minute and second 0..59, microsecond 0..999999.
bool is_valid(const time_of_day& t);

/// ISO 8601 text of a date (`2024-02-29`) or datetime (`2024-02-29 13:05:00[.000123]`).
std::string to_iso(const date& d);
std::string to_iso(const datetime& d);
/// `13:05:00[.000123]`, as Python's str() of a time.
std::string to_iso(const time_of_day& t);
/// Two lowercase hex digits a byte: `00ff`.
std::string to_hex(const bytes& b);
/// `-1 days 23:59:59.000000`: whole days (floored, as Python's timedelta) and the rest.
std::string to_interval_text(const duration& d);

}  // namespace sqlweave
