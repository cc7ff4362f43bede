// SPDX-License-Identifier: MIT
// Transforms: the parts between a field and its lookup, `created__year__gte`. Django registers
// the date parts on DateField (and so DateTimeField), the time parts on DateTimeField and
// TimeField, and `date`/`time` (TruncDate, TruncTime) on DateTimeField.
#include <array>

#include "catalog/catalog.hpp"
#include "catalog/name_table.hpp"

namespace sqlweave::catalog {
namespace {

using ir::date_part;
using ir::trunc_kind;
constexpr auto dates = temporal::date | temporal::datetime;
constexpr auto clock = temporal::datetime | temporal::time;
constexpr auto datetimes = static_cast<std::uint8_t>(temporal::datetime);

constexpr std::array<transform_entry, 13> table{{
    {"year", date_part::year, {}, dates, field_type::integer_field, "the year"},
    {"iso_year",
     date_part::iso_year,
     {},
     dates,
     field_type::integer_field,
     "the ISO 8601 week-numbering year"},
    {"quarter", date_part::quarter, {}, dates, field_type::integer_field, "the quarter, 1-4"},
    {"month", date_part::month, {}, dates, field_type::integer_field, "the month, 1-12"},
    {"week", date_part::week, {}, dates, field_type::integer_field, "the ISO 8601 week, 1-53"},
    {"week_day",
     date_part::week_day,
     {},
     dates,
     field_type::integer_field,
     "the day of the week, 1 (Sunday) to 7"},
    {"iso_week_day",
     date_part::iso_week_day,
     {},
     dates,
     field_type::integer_field,
     "the ISO day of the week, 1 (Monday) to 7"},
    {"day", date_part::day, {}, dates, field_type::integer_field, "the day of the month"},
    {"hour", date_part::hour, {}, clock, field_type::integer_field, "the hour, 0-23"},
    {"minute", date_part::minute, {}, clock, field_type::integer_field, "the minute, 0-59"},
    {"second", date_part::second, {}, clock, field_type::integer_field, "the second, 0-59"},
    {"date", {}, trunc_kind::date, datetimes, field_type::date_field, "the date of a datetime"},
    {"time", {}, trunc_kind::time, datetimes, field_type::time_field, "the time of a datetime"},
}};

}  // namespace

std::span<const transform_entry> transforms() {
  return table;
}

const transform_entry* find_transform(std::string_view name) {
  static constexpr name_table by_name(table);
  return by_name.find(name);
}

std::uint8_t temporal_of(field_type t) {
  if (derives_from(t, field_type::datetime_field)) return datetimes;
  if (derives_from(t, field_type::date_field)) return static_cast<std::uint8_t>(temporal::date);
  if (derives_from(t, field_type::time_field)) return static_cast<std::uint8_t>(temporal::time);
  return 0;
}

std::vector<std::string_view> lookup_and_transform_names() {
  std::vector<std::string_view> names;
  for (const auto& l : lookups()) names.push_back(l.name);
  for (const auto& t : table) names.push_back(t.name);
  return names;
}

}  // namespace sqlweave::catalog
