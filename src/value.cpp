// SPDX-License-Identifier: MIT
#include "sqlweave/value.hpp"

#include <fmt/format.h>

namespace sqlweave {

std::string to_iso(const date& d) {
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

std::string to_iso(const datetime& d) {
  auto s = fmt::format("{} {:02}:{:02}:{:02}", to_iso(d.day), d.hour, d.minute, d.second);
  if (d.microsecond != 0) s += fmt::format(".{:06}", d.microsecond);
  return s;
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
  }
  return {};
}

}  // namespace sqlweave
