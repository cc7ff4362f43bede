// SPDX-License-Identifier: MIT
// The field classes of Django 3.2's django.contrib.postgres (fields/hstore.py, citext.py,
// ranges.py and search.py) and the column type each one's db_type() gives. ArrayField's type
// is its base field's with `[size]` (fields/array.py), so it has no row here.
#include <array>

#include "contrib/postgres.hpp"

namespace sqlweave::contrib {
namespace {

struct field_row {
  field_type type;
  std::string_view db_type;
};

constexpr std::array<field_row, 10> rows{{
    {field_type::hstore_field, "hstore"},
    {field_type::ci_char_field, "citext"},
    {field_type::ci_email_field, "citext"},
    {field_type::ci_text_field, "citext"},
    {field_type::integer_range_field, "int4range"},
    {field_type::big_integer_range_field, "int8range"},
    {field_type::decimal_range_field, "numrange"},
    {field_type::date_range_field, "daterange"},
    {field_type::datetime_range_field, "tstzrange"},
    {field_type::search_vector_field, "tsvector"},
}};

}  // namespace

std::string_view postgres_column_type(field_type t) {
  for (const auto& r : rows)
    if (r.type == t) return r.db_type;
  return {};
}

}  // namespace sqlweave::contrib
