// SPDX-License-Identifier: MIT
#include "exec/decode.hpp"

#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "support/errors.hpp"

namespace sqlweave::exec_detail {
namespace {

[[noreturn]] void undecodable(std::string_view text, const result_column& col,
                              std::string_view wanted) {
  fail(error_code::database,
       fmt::format("column '{}' holds '{}', which is not {}", col.label, text, wanted));
}

template <class Number>
bool parse_number(std::string_view text, Number& n) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  return ec == std::errc{} && end == text.data() + text.size();
}

// A JSONField's value as JSON text. SQLite's JSON_EXTRACT gives a string key's value unquoted;
// Django's from_db_value keeps text that is not JSON as the string it is.
std::string json_text(std::string_view text) {
  if (nlohmann::json::accept(text)) return std::string(text);
  return nlohmann::json(std::string(text))
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

int digits(std::string_view text, std::size_t at, std::size_t count) {
  if (at + count > text.size()) return -1;
  int n = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return -1;
    n = n * 10 + (text[i] - '0');
  }
  return n;
}

/// `HH:MM:SS[.ffffff]` at `at`; fills the clock of `out`, returns the index after it or 0.
std::size_t parse_clock(std::string_view text, std::size_t at, datetime& out) {
  out.hour = digits(text, at, 2);
  out.minute = digits(text, at + 3, 2);
  out.second = digits(text, at + 6, 2);
  if (out.hour < 0 || out.minute < 0 || out.second < 0 || text[at + 2] != ':' ||
      text[at + 5] != ':')
    return 0;
  std::size_t i = at + 8;
  if (i < text.size() && text[i] == '.') {
    std::string micro;
    for (++i; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i)
      if (micro.size() < 6) micro += text[i];
    micro.resize(6, '0');
    out.microsecond = std::stoi(micro);
  }
  return i;
}

/// Django's scale for a decimal read back from a float or integer (SQLite's NUMERIC storage).
std::string decimal_text(double d, int places) {
  if (places >= 0) return fmt::format("{:.{}f}", d, places);
  return fmt::format("{}", d);
}

std::string decimal_text(std::string_view text, int places) {
  if (places <= 0) return std::string(text);
  const auto dot = text.find('.');
  const std::size_t have = dot == std::string_view::npos ? 0 : text.size() - dot - 1;
  if (have >= static_cast<std::size_t>(places)) return std::string(text);
  std::string out(text);
  if (dot == std::string_view::npos) out += '.';
  out.append(static_cast<std::size_t>(places) - have, '0');
  return out;
}

/// `8c2f...` (32 hex digits, as Django stores a UUID outside PostgreSQL) or the dashed form ->
/// the dashed lower-case form PostgreSQL and Python print.
std::string uuid_text(std::string_view text, const result_column& col) {
  std::string hex;
  for (char c : text)
    if (c != '-') hex += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (hex.size() != 32 || hex.find_first_not_of("0123456789abcdef") != std::string::npos)
    undecodable(text, col, "a UUID");
  return fmt::format("{}-{}-{}-{}-{}", hex.substr(0, 8), hex.substr(8, 4), hex.substr(12, 4),
                     hex.substr(16, 4), hex.substr(20));
}

/// PostgreSQL's interval output (IntervalStyle postgres): `[N day[s] ][-]HH:MM:SS[.ffffff]`, as
/// Django's DurationField values read; years and months have no fixed length and are refused.
std::int64_t interval_microseconds(std::string_view text, const result_column& col) {
  std::int64_t days = 0;
  std::string_view rest = text;
  if (const auto space = rest.find(' '); space != std::string_view::npos) {
    if (!parse_number(rest.substr(0, space), days)) undecodable(text, col, "a duration");
    rest.remove_prefix(space + 1);
    if (!rest.starts_with("day")) undecodable(text, col, "a duration in days and time");
    const auto next = rest.find(' ');
    rest = next == std::string_view::npos ? std::string_view{} : rest.substr(next + 1);
  }
  std::int64_t clock = 0;
  if (!rest.empty()) {
    bool negative = rest.front() == '-';
    if (negative || rest.front() == '+') rest.remove_prefix(1);
    // Hours may exceed two digits: `100:00:00`.
    const auto colon = rest.find(':');
    std::int64_t hours = 0;
    datetime t;
    if (colon == std::string_view::npos || !parse_number(rest.substr(0, colon), hours))
      undecodable(text, col, "a duration");
    const std::string clock_text = fmt::format("00{}", rest.substr(colon));
    if (parse_clock(clock_text, 0, t) != clock_text.size()) undecodable(text, col, "a duration");
    clock = ((hours * 60 + t.minute) * 60 + t.second) * 1'000'000 + t.microsecond;
    if (negative) clock = -clock;
  }
  return days * 86'400'000'000 + clock;
}

/// `HH:MM:SS[.ffffff]` with six fraction digits or none, whatever the database printed.
std::string time_text(std::string_view text, const result_column& col) {
  datetime t;
  if (text.size() < 8 || parse_clock(text, 0, t) != text.size())
    undecodable(text, col, "a time of day");
  auto out = fmt::format("{:02}:{:02}:{:02}", t.hour, t.minute, t.second);
  if (t.microsecond != 0) out += fmt::format(".{:06}", t.microsecond);
  return out;
}

}  // namespace

date parse_date(std::string_view text) {
  const date d{digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2)};
  if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !is_valid(d))
    fail(error_code::database, fmt::format("'{}' is not a date", text));
  return d;
}

datetime parse_datetime(std::string_view text) {
  datetime out;
  out.day = parse_date(text.substr(0, std::min<std::size_t>(text.size(), 10)));
  if (text.size() == 10) return out;
  if (text.size() < 19 || (text[10] != ' ' && text[10] != 'T') || parse_clock(text, 11, out) == 0 ||
      !is_valid(out))
    fail(error_code::database, fmt::format("'{}' is not a date and time", text));
  return out;
}

value decode_text(std::string_view text, const result_column* col) {
  if (col == nullptr || !col->type) return value(std::string(text));
  switch (*col->type) {
    case type_class::integer: {
      std::int64_t n = 0;
      if (parse_number(text, n)) return value(n);
      // A key that is not an integer (a CharField primary key behind a ForeignKey).
      return value(std::string(text));
    }
    case type_class::real: {
      double d = 0;
      if (!parse_number(text, d)) undecodable(text, *col, "a number");
      return value(d);
    }
    case type_class::decimal: return value(decimal{decimal_text(text, col->decimal_places)});
    case type_class::boolean:
      if (text == "t" || text == "true" || text == "1") return value(true);
      if (text == "f" || text == "false" || text == "0") return value(false);
      undecodable(text, *col, "a boolean");
    case type_class::date: return value(parse_date(text));
    case type_class::datetime: return value(parse_datetime(text));
    case type_class::duration: {
      std::int64_t n = 0;
      if (parse_number(text, n)) return value(duration{n});
      // MariaDB averages microseconds as a DECIMAL: to the nearest one, as Python's timedelta.
      if (double d = 0; parse_number(text, d))
        return value(duration{static_cast<std::int64_t>(std::nearbyint(d))});
      return value(duration{interval_microseconds(text, *col)});
    }
    case type_class::uuid: return value(uuid_text(text, *col));
    case type_class::time: return value(time_text(text, *col));
    case type_class::json: return value(json_text(text));
    // django.contrib.postgres values stay in PostgreSQL's text form (`{a,b}`, `[1,5)`).
    case type_class::postgres:
    case type_class::text: return value(std::string(text));
    case type_class::bytes: return value(bytes{std::string(text)});
  }
  return value(std::string(text));
}

value decode_integer(std::int64_t n, const result_column* col) {
  if (col == nullptr || !col->type) return value(n);
  switch (*col->type) {
    case type_class::boolean: return value(n != 0);
    case type_class::real: return value(static_cast<double>(n));
    case type_class::decimal:
      return value(decimal{decimal_text(fmt::format("{}", n), col->decimal_places)});
    case type_class::text:
    case type_class::json:
    case type_class::time:
    case type_class::uuid:
    case type_class::postgres:
    case type_class::bytes: return decode_text(fmt::format("{}", n), col);
    case type_class::date:
    case type_class::datetime: undecodable(fmt::format("{}", n), *col, "a date");
    case type_class::duration: return value(duration{n});
    case type_class::integer: return value(n);
  }
  return value(n);
}

value decode_real(double d, const result_column* col) {
  if (col == nullptr || !col->type) return value(d);
  switch (*col->type) {
    case type_class::decimal: return value(decimal{decimal_text(d, col->decimal_places)});
    case type_class::integer:
      // SQLite's arithmetic over integers can come back as a float (`/` of two REALs).
      if (std::trunc(d) == d && std::abs(d) < 9.2e18) return value(static_cast<std::int64_t>(d));
      return value(d);
    case type_class::text: return value(fmt::format("{}", d));
    // An average of microseconds (SQLite): to the nearest microsecond, as Python's timedelta.
    case type_class::duration: return value(duration{static_cast<std::int64_t>(std::nearbyint(d))});
    default: return value(d);
  }
}

std::string bytea_bytes(std::string_view text) {
  if (!text.starts_with("\\x") || text.size() % 2 != 0)
    fail(error_code::database, "bytea not in hex output format");
  std::string out;
  for (std::size_t i = 2; i < text.size(); i += 2) {
    unsigned byte = 0;
    const auto [end, ec] = std::from_chars(text.data() + i, text.data() + i + 2, byte, 16);
    if (ec != std::errc{} || end != text.data() + i + 2)
      fail(error_code::database, "bytea not in hex output format");
    out += static_cast<char>(byte);
  }
  return out;
}

const result_column* column_of(const statement& st, std::size_t i) {
  return i < st.columns.size() ? &st.columns[i] : nullptr;
}

void finish(const statement& st, result_set& out) {
  const std::size_t shown = st.columns.size();
  if (shown != 0 && out.columns.size() > shown) {
    out.columns.resize(shown);
    for (auto& row : out.rows) row.resize(shown);
  }
  out.classes.clear();
  for (std::size_t i = 0; i < out.columns.size(); ++i) {
    const result_column* col = column_of(st, i);
    out.classes.push_back(col ? col->type : std::nullopt);
  }
}

void require_bound(const statement& st) {
  if (!st.slots.empty())
    fail(error_code::unbound_parameter,
         fmt::format("no value for the parameter :{}", st.slots.front().name));
}

void database_error(std::string_view backend, std::string_view message, std::string_view sql,
                    bool integrity) {
  std::string text(message);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  const auto code = integrity ? error_code::integrity : error_code::database;
  if (sql.empty()) fail(code, fmt::format("{}: {}", backend, text));
  fail(code, fmt::format("{}: {}\n  in: {}", backend, text, sql));
}

}  // namespace sqlweave::exec_detail
