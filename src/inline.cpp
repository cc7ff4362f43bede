// SPDX-License-Identifier: MIT
// inline_values() / redact_values(): placeholders found by a scanner that knows the dialect's
// quoting, each replaced by a literal written by the dialect's table of literal rules.
#include "sqlweave/inline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>

#include "support/errors.hpp"

namespace sqlweave {
namespace {

/// How one dialect writes values as literals; each line is a difference that matters for rows.
struct literal_rules {
  std::string_view true_literal = "TRUE";
  std::string_view false_literal = "FALSE";
  std::string_view date_prefix = "DATE ";  // DATE '2020-01-02'
  std::string_view datetime_prefix = "TIMESTAMP ";
  std::string_view time_prefix = "TIME ";  // TIME '12:00:00'
  std::string_view time_day = {};          // Oracle: a time is a TIMESTAMP on this day
  // MySQL's default sql_mode: a backslash inside '..' escapes the next character.
  bool backslash_escapes = false;
  // PostgreSQL: '..' reads backslashes literally only with standard_conforming_strings on;
  // E'..' reads them the same way whatever the setting.
  bool e_string_for_backslash = false;
  // A float literal typed as the bound float parameter is: `1.5` + this.
  std::string_view real_suffix;
  // SQLite: Django binds decimals, dates and datetimes as their text.
  bool decimal_as_text = false;
  std::size_t max_text_bytes = 0;  // 0: no limit; Oracle: 4000 (ORA-01704 beyond)
  // How a DurationField value is written: its microseconds (Django's storage on SQLite and
  // MariaDB), an interval literal (PostgreSQL), or not at all.
  enum class durations : std::uint8_t { microseconds, interval, refused };
  durations duration_style = durations::microseconds;
  // Bytes as hex digits between these: X'00ff', decode('00ff', 'hex'), HEXTORAW('00ff').
  std::string_view bytes_open = "X'";
  std::string_view bytes_close = "'";
};

// Every member spelled out in each table (-Wmissing-field-initializers).
using durations = literal_rules::durations;
constexpr literal_rules sqlite_rules{
    "1", "0", "", "", "", "", false, false, "", true, 0, durations::microseconds, "X'", "'"};
constexpr literal_rules postgresql_rules{
    "TRUE",     "FALSE", "DATE ", "TIMESTAMP ",        "TIME ",    "",         false, true,
    "::float8", false,   0,       durations::interval, "decode('", "', 'hex')"};
// 1.5 alone is DECIMAL in MySQL; 1.5e0 is DOUBLE, as bound.
constexpr literal_rules mysql_rules{"TRUE",  "FALSE", "DATE ", "TIMESTAMP ",
                                    "TIME ", "",      true,    false,
                                    "e0",    false,   0,       durations::microseconds,
                                    "X'",    "'"};
// BINARY_DOUBLE floats; ORA-01704 beyond 4000 bytes of literal.
constexpr literal_rules oracle_rules{
    "1",   "0", "DATE ", "TIMESTAMP ", "TIMESTAMP ",       "1900-01-01 ", false,
    false, "d", false,   4000,         durations::refused, "HEXTORAW('",  "')"};

const literal_rules& rules_of(dialect_id d) {
  switch (d) {
    case dialect_id::sqlite: return sqlite_rules;
    case dialect_id::postgresql: return postgresql_rules;
    case dialect_id::mysql: return mysql_rules;
    case dialect_id::oracle: return oracle_rules;
  }
  return sqlite_rules;
}

std::string text_literal(std::string_view text, const literal_rules& r, dialect_id d) {
  if (text.find('\0') != std::string_view::npos)
    fail(error_code::bad_value, "text holding a NUL character cannot be written as a literal");
  if (r.max_text_bytes != 0 && text.size() > r.max_text_bytes)
    fail(error_code::bad_value,
         fmt::format("{} text literals hold at most {} bytes; this one has {}", to_string(d),
                     r.max_text_bytes, text.size()));
  const bool has_backslash = text.find('\\') != std::string_view::npos;
  const bool e_string = r.e_string_for_backslash && has_backslash;
  std::string out = e_string ? "E'" : "'";
  for (char c : text) {
    if (c == '\'') out += '\'';
    if (c == '\\' && (r.backslash_escapes || e_string)) out += '\\';
    out += c;
  }
  return out + '\'';
}

std::string real_literal(double x, const literal_rules& r) {
  if (!std::isfinite(x))
    fail(error_code::bad_value, fmt::format("the float {} has no SQL literal", x));
  std::string digits = fmt::format("{}", x);
  // `5` would read as an integer.
  if (digits.find_first_of(".e") == std::string::npos) digits += ".0";
  if (r.real_suffix == "e0" && digits.find('e') != std::string::npos)
    return x < 0 ? "(" + digits + ")" : digits;
  digits += r.real_suffix;
  return x < 0 ? "(" + digits + ")" : digits;
}

std::string literal(const value& v, dialect_id d) {
  const literal_rules& r = rules_of(d);
  switch (v.kind()) {
    case value_kind::null: return "NULL";
    case value_kind::boolean: return std::string(v.as_bool() ? r.true_literal : r.false_literal);
    case value_kind::integer: {
      // Parenthesized: `x - -5` must not turn into a `--` comment.
      const auto n = v.as_int();
      return n < 0 ? fmt::format("({})", n) : fmt::format("{}", n);
    }
    case value_kind::real: return real_literal(v.as_real(), r);
    case value_kind::text: return text_literal(v.as_text(), r, d);
    case value_kind::decimal: {
      const auto& t = v.as_decimal().text;
      if (r.decimal_as_text) return text_literal(t, r, d);
      return t.starts_with('-') ? "(" + t + ")" : t;
    }
    case value_kind::date: return fmt::format("{}'{}'", r.date_prefix, to_iso(v.as_date()));
    case value_kind::datetime:
      return fmt::format("{}'{}'", r.datetime_prefix, to_iso(v.as_datetime()));
    case value_kind::time:
      return fmt::format("{}'{}{}'", r.time_prefix, r.time_day, to_iso(v.as_time()));
    case value_kind::bytes: {
      const std::string hex = to_hex(v.as_bytes());
      if (r.max_text_bytes != 0 && hex.size() > r.max_text_bytes)
        fail(error_code::bad_value,
             fmt::format("{} literals hold at most {} hex digits; these bytes need {}",
                         to_string(d), r.max_text_bytes, hex.size()));
      return fmt::format("{}{}{}", r.bytes_open, hex, r.bytes_close);
    }
    case value_kind::duration:
      switch (r.duration_style) {
        case durations::microseconds: {
          const auto n = v.as_duration().microseconds;
          return n < 0 ? fmt::format("({})", n) : fmt::format("{}", n);
        }
        case durations::interval:
          return fmt::format("INTERVAL '{}'", to_interval_text(v.as_duration()));
        case durations::refused:
          fail(error_code::unsupported,
               fmt::format("a duration cannot be inlined for {}", to_string(d)));
      }
      break;
  }
  return "NULL";
}

std::string marker(const value& v) {
  if (v.kind() != value_kind::text) return fmt::format("<{}>", to_string(v.kind()));
  const auto& t = v.as_text();
  const auto chars = std::count_if(t.begin(), t.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // UTF-8 lead bytes
  });
  return fmt::format("<text:{}>", chars);
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

/// Digits at `at`: their value and count (0 when none).
std::pair<std::size_t, std::size_t> number_at(std::string_view sql, std::size_t at) {
  std::size_t n = 0, len = 0;
  while (at + len < sql.size() && is_digit(sql[at + len])) n = n * 10 + (sql[at + len++] - '0');
  return {n, len};
}

/// Copies `st.sql`, replacing each placeholder of `style` (outside quotes and comments) by
/// `write(param)`; `%%` of the format styles becomes `%`.
std::string substitute(const statement& st, dialect_id d, paramstyle style,
                       const std::function<std::string(const value&)>& write) {
  if (!st.slots.empty())
    fail(error_code::unbound_parameter,
         fmt::format("no value for the parameter :{}", st.slots.front().name));
  const std::string_view sql = st.sql;
  const bool backslash_escapes = rules_of(d).backslash_escapes;
  std::string out;
  out.reserve(sql.size() + 16 * st.params.size());
  std::size_t next = 0;  // sequential styles: the next parameter
  std::vector<bool> used(st.params.size(), false);
  const auto emit = [&](std::size_t index, std::string_view token) {
    if (index >= st.params.size())
      fail(error_code::bad_argument,
           fmt::format("placeholder {} has no parameter ({} given)", token, st.params.size()));
    used[index] = true;
    out += write(st.params[index]);
  };
  std::size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    // Quoted text and identifiers, and comments, are copied as they are.
    if (c == '\'' || c == '"' || c == '`') {
      std::size_t j = i + 1;
      while (j < sql.size()) {
        if (c == '\'' && backslash_escapes && sql[j] == '\\') {
          j += 2;
          continue;
        }
        if (sql[j] == c) {
          if (j + 1 < sql.size() && sql[j + 1] == c) {
            j += 2;
            continue;
          }
          break;
        }
        ++j;
      }
      j = std::min(j + 1, sql.size());
      out.append(sql.substr(i, j - i));
      i = j;
      continue;
    }
    if (sql.substr(i, 2) == "--") {
      const auto end = std::min(sql.find('\n', i), sql.size());
      out.append(sql.substr(i, end - i));
      i = end;
      continue;
    }
    if (sql.substr(i, 2) == "/*") {
      const auto close = sql.find("*/", i + 2);
      const auto end = close == std::string_view::npos ? sql.size() : close + 2;
      out.append(sql.substr(i, end - i));
      i = end;
      continue;
    }
    switch (style) {
      case paramstyle::qmark:
        if (c == '?') {
          emit(next++, "?");
          ++i;
          continue;
        }
        break;
      case paramstyle::numeric:
      case paramstyle::named:
        if (c == ':' && i + 1 < sql.size() && sql[i + 1] == ':') {  // PostgreSQL's cast
          out += "::";
          i += 2;
          continue;
        }
        if (c == ':') {
          const std::size_t at = i + 1 + (style == paramstyle::named ? 1 : 0);
          const auto [n, len] = number_at(sql, at);
          if (len > 0 && n > 0 && (style == paramstyle::numeric || sql[i + 1] == 'p')) {
            emit(n - 1, sql.substr(i, at + len - i));
            i = at + len;
            continue;
          }
        }
        break;
      case paramstyle::dollar:
        if (c == '$') {
          const auto [n, len] = number_at(sql, i + 1);
          if (len > 0 && n > 0) {
            emit(n - 1, sql.substr(i, len + 1));
            i += len + 1;
            continue;
          }
        }
        break;
      case paramstyle::format:
      case paramstyle::pyformat:
        if (c == '%' && sql.substr(i, 2) == "%%") {
          out += '%';
          i += 2;
          continue;
        }
        if (style == paramstyle::format && sql.substr(i, 2) == "%s") {
          emit(next++, "%s");
          i += 2;
          continue;
        }
        if (style == paramstyle::pyformat && sql.substr(i, 3) == "%(p") {
          const auto [n, len] = number_at(sql, i + 3);
          if (len > 0 && n > 0 && sql.substr(i + 3 + len, 2) == ")s") {
            emit(n - 1, sql.substr(i, len + 5));
            i += len + 5;
            continue;
          }
        }
        break;
    }
    out += c;
    ++i;
  }
  if (const auto missing = std::find(used.begin(), used.end(), false); missing != used.end())
    fail(error_code::bad_argument,
         fmt::format("parameter {} has no placeholder in the SQL", missing - used.begin() + 1));
  return out;
}

compiled_query rewritten(const compiled_query& c,
                         std::string (*form)(const statement&, dialect_id, paramstyle)) {
  compiled_query out = c;
  for (auto& st : out.statements) {
    st.sql = form(st, c.dialect, c.style);
    st.params.clear();
  }
  return out;
}

}  // namespace

std::string inline_values(const statement& st, dialect_id d, paramstyle style) {
  return substitute(st, d, style, [d](const value& v) { return literal(v, d); });
}

std::string redact_values(const statement& st, dialect_id d, paramstyle style) {
  return substitute(st, d, style, marker);
}

compiled_query inline_values(const compiled_query& c) {
  return rewritten(c, inline_values);
}

compiled_query redact_values(const compiled_query& c) {
  return rewritten(c, redact_values);
}

}  // namespace sqlweave
