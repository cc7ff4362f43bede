// SPDX-License-Identifier: MIT
#include "resolve/values.hpp"

#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <cstdio>

#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

std::optional<date> parse_date(std::string_view s) {
  date d;
  char tail = 0;
  if (s.size() != 10 ||
      std::sscanf(std::string(s).c_str(), "%4d-%2d-%2d%c", &d.year, &d.month, &d.day, &tail) != 3)
    return std::nullopt;
  if (!is_valid(d)) return std::nullopt;
  return d;
}

std::optional<datetime> parse_datetime(std::string_view s) {
  if (auto d = parse_date(s)) return datetime{*d, 0, 0, 0, 0};
  datetime t;
  char sep = 0;
  const std::string text(s);
  const int n = std::sscanf(text.c_str(), "%4d-%2d-%2d%c%2d:%2d:%2d", &t.day.year, &t.day.month,
                            &t.day.day, &sep, &t.hour, &t.minute, &t.second);
  if (n < 6 || (sep != ' ' && sep != 'T')) return std::nullopt;
  if (auto dot = text.find('.'); dot != std::string::npos) {
    std::string frac = text.substr(dot + 1, 6);
    frac.resize(6, '0');
    t.microsecond = std::atoi(frac.c_str());
  }
  if (!is_valid(t)) return std::nullopt;
  return t;
}

// TimeField.to_python's text, Django's time_re: H[H]:M[M][:S[S][(.|,)f{1,6}[f{0,6}]]], the
// fraction's digits past the sixth dropped. Unlike Django 3.2, which matches only a prefix,
// text after it is refused.
std::optional<time_of_day> parse_time(std::string_view s) {
  std::size_t at = 0;
  auto digits = [&](std::size_t most) -> std::optional<int> {
    std::size_t n = 0;
    int v = 0;
    while (at < s.size() && n < most && s[at] >= '0' && s[at] <= '9') {
      v = v * 10 + (s[at++] - '0');
      ++n;
    }
    if (n == 0) return std::nullopt;
    return v;
  };
  auto colon = [&] {
    if (at == s.size() || s[at] != ':') return false;
    ++at;
    return true;
  };
  time_of_day t;
  const auto hour = digits(2);
  if (!hour || !colon()) return std::nullopt;
  const auto minute = digits(2);
  if (!minute) return std::nullopt;
  t.hour = *hour;
  t.minute = *minute;
  if (colon()) {
    const auto second = digits(2);
    if (!second) return std::nullopt;
    t.second = *second;
    if (at < s.size() && (s[at] == '.' || s[at] == ',')) {
      ++at;
      const std::size_t start = at;
      const auto micro = digits(6);
      if (!micro) return std::nullopt;
      t.microsecond = *micro;
      for (std::size_t n = at - start; n < 6; ++n) t.microsecond *= 10;
      digits(6);  // Django drops digits past the sixth
    }
  }
  if (at != s.size() || !is_valid(t)) return std::nullopt;
  return t;
}

bool is_number_text(std::string_view s) {
  double d = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  return ec == std::errc() && p == s.data() + s.size() && !s.empty();
}

[[noreturn]] void mismatch(std::string_view what, const value& v, std::string_view field,
                           source_span span) {
  const auto shown = v.kind() == value_kind::text    ? fmt::format("'{}'", v.as_text())
                     : v.kind() == value_kind::bytes ? fmt::format("bytes {}", v.to_string())
                                                     : v.to_string();
  fail(error_code::bad_value,
       field.empty() ? fmt::format("expected {}, got {}", what, shown)
                     : fmt::format("field '{}' expected {}, got {}", field, what, shown),
       span);
}

// Python's uuid.UUID(hex=...): urn:/uuid: prefixes, braces and hyphens dropped, 32 hex digits.
std::optional<std::string> uuid_hex(std::string_view s) {
  for (std::string_view prefix : {"urn:", "uuid:"})
    if (s.starts_with(prefix)) s.remove_prefix(prefix.size());
  while (!s.empty() && (s.front() == '{' || s.front() == '}')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == '{' || s.back() == '}')) s.remove_suffix(1);
  std::string hex;
  for (char c : s) {
    if (c == '-') continue;
    if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
    hex += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (hex.size() != 32) return std::nullopt;
  return hex;
}

}  // namespace

value uuid_value(const value& v, bool hyphenated, std::string_view field, source_span span) {
  std::optional<std::string> hex;
  if (v.kind() == value_kind::text) hex = uuid_hex(v.as_text());
  if (v.kind() == value_kind::integer && v.as_int() >= 0)  // uuid.UUID(int=...)
    hex = fmt::format("{:032x}", v.as_int());
  if (!hex) mismatch("a UUID", v, field, span);
  if (!hyphenated) return value(std::move(*hex));
  return value(fmt::format("{}-{}-{}-{}-{}", hex->substr(0, 8), hex->substr(8, 4),
                           hex->substr(12, 4), hex->substr(16, 4), hex->substr(20)));
}

type_class class_of(const value& v) {
  switch (v.kind()) {
    case value_kind::boolean: return type_class::boolean;
    case value_kind::integer: return type_class::integer;
    case value_kind::real: return type_class::real;
    case value_kind::date: return type_class::date;
    case value_kind::datetime: return type_class::datetime;
    case value_kind::decimal: return type_class::decimal;
    case value_kind::duration: return type_class::duration;
    case value_kind::time: return type_class::time;
    case value_kind::bytes: return type_class::bytes;
    case value_kind::null:
    case value_kind::text: return type_class::text;
  }
  return type_class::text;
}

std::optional<value> coerce(const value& v, type_class type, std::string_view field,
                            source_span span) {
  const auto k = v.kind();
  if (k == value_kind::null) return std::nullopt;
  switch (type) {
    case type_class::integer:
      if (k == value_kind::integer) return std::nullopt;
      if (k == value_kind::boolean) return value(v.as_bool() ? 1 : 0);
      if (k == value_kind::text) {
        std::int64_t i = 0;
        const auto& s = v.as_text();
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), i);
        if (ec == std::errc() && p == s.data() + s.size()) return value(i);
      }
      if (k == value_kind::real || k == value_kind::decimal) return std::nullopt;
      mismatch("a number", v, field, span);
    case type_class::real:
    case type_class::decimal:
      if (k == value_kind::integer || k == value_kind::real || k == value_kind::decimal)
        return std::nullopt;
      if (k == value_kind::text && is_number_text(v.as_text())) return value(decimal{v.as_text()});
      mismatch("a number", v, field, span);
    case type_class::boolean:
      if (k == value_kind::boolean) return std::nullopt;
      if (k == value_kind::integer && (v.as_int() == 0 || v.as_int() == 1))
        return value(v.as_int() == 1);
      // BooleanField.to_python's text forms.
      if (k == value_kind::text &&
          (v.as_text() == "t" || v.as_text() == "True" || v.as_text() == "1"))
        return value(true);
      if (k == value_kind::text &&
          (v.as_text() == "f" || v.as_text() == "False" || v.as_text() == "0"))
        return value(false);
      mismatch("True or False", v, field, span);
    case type_class::date:
      if (k == value_kind::date) return std::nullopt;
      if (k == value_kind::datetime) return value(v.as_datetime().day);
      if (k == value_kind::text)
        if (auto d = parse_date(v.as_text())) return value(*d);
      mismatch("a date (YYYY-MM-DD)", v, field, span);
    case type_class::datetime:
      if (k == value_kind::datetime) return std::nullopt;
      if (k == value_kind::date) return value(datetime{v.as_date(), 0, 0, 0, 0});
      if (k == value_kind::text)
        if (auto d = parse_datetime(v.as_text())) return value(*d);
      mismatch("a datetime (YYYY-MM-DD HH:MM[:SS])", v, field, span);
    case type_class::text:
    case type_class::uuid:
      if (k == value_kind::text) return std::nullopt;
      if (k == value_kind::bytes) mismatch("text", v, field, span);
      // Django's CharField.get_prep_value: str(value).
      if (k == value_kind::boolean) return value(v.as_bool() ? "True" : "False");
      return value(v.to_string());
    case type_class::time:
      if (k == value_kind::time) return std::nullopt;
      // TimeField.to_python: a datetime gives its time, text is parsed.
      if (k == value_kind::datetime) {
        const auto& d = v.as_datetime();
        return value(time_of_day{d.hour, d.minute, d.second, d.microsecond});
      }
      if (k == value_kind::text)
        if (auto t = parse_time(v.as_text())) return value(*t);
      mismatch("a time (HH:MM[:SS[.ffffff]])", v, field, span);
    case type_class::duration:
      if (k == value_kind::duration) return std::nullopt;
      mismatch("a timedelta", v, field, span);
    case type_class::bytes:
      // BinaryField.get_prep_value passes the value on: the driver binds bytes only.
      if (k == value_kind::bytes) return std::nullopt;
      mismatch("bytes (b'...')", v, field, span);
    case type_class::json:
    case type_class::postgres:
      fail(error_code::unsupported,
           fmt::format("comparing {} with a value is not supported yet",
                       field.empty() ? std::string("this expression") : fmt::format("'{}'", field)),
           span);
  }
  return std::nullopt;
}

}  // namespace sqlweave::resolve
