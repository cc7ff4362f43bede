// SPDX-License-Identifier: MIT
// Django's field class hierarchy, for the rules that use isinstance(): an expression's output
// field is the common class of its sources, and transforms are registered on base classes.
#include <array>

#include "catalog/catalog.hpp"

namespace sqlweave::catalog {
namespace {

// The Django base class of each field class; a class that derives from Field directly is its
// own root.
constexpr field_type base_of(field_type t) {
  switch (t) {
    case field_type::auto_field: return field_type::integer_field;
    case field_type::big_auto_field: return field_type::big_integer_field;
    case field_type::small_auto_field: return field_type::small_integer_field;
    case field_type::big_integer_field: return field_type::integer_field;
    case field_type::small_integer_field: return field_type::integer_field;
    case field_type::positive_integer_field: return field_type::integer_field;
    case field_type::positive_big_integer_field: return field_type::big_integer_field;
    case field_type::positive_small_integer_field: return field_type::small_integer_field;
    case field_type::email_field: return field_type::char_field;
    case field_type::slug_field: return field_type::char_field;
    case field_type::url_field: return field_type::char_field;
    case field_type::image_field: return field_type::file_field;
    case field_type::null_boolean_field: return field_type::boolean_field;
    case field_type::datetime_field: return field_type::date_field;
    // django/contrib/postgres/fields/citext.py: CIText mixed into the class it names.
    case field_type::ci_char_field: return field_type::char_field;
    case field_type::ci_email_field: return field_type::email_field;
    case field_type::ci_text_field: return field_type::text_field;
    case field_type::char_field:
    case field_type::text_field:
    case field_type::file_field:
    case field_type::file_path_field:
    case field_type::generic_ip_address_field:
    case field_type::integer_field:
    case field_type::float_field:
    case field_type::decimal_field:
    case field_type::boolean_field:
    case field_type::date_field:
    case field_type::time_field:
    case field_type::duration_field:
    case field_type::uuid_field:
    case field_type::binary_field:
    case field_type::json_field:
    case field_type::array_field:
    case field_type::hstore_field:
    case field_type::integer_range_field:
    case field_type::big_integer_range_field:
    case field_type::decimal_range_field:
    case field_type::date_range_field:
    case field_type::datetime_range_field:
    case field_type::search_vector_field:
    case field_type::foreign_key:
    case field_type::one_to_one:
    case field_type::many_to_many: return t;
  }
  return t;
}

}  // namespace

bool derives_from(field_type derived, field_type base) {
  // OneToOneField is a ForeignKey in Django.
  if (derived == field_type::one_to_one && base == field_type::foreign_key) return true;
  for (field_type t = derived;; t = base_of(t)) {
    if (t == base) return true;
    if (base_of(t) == t) return false;
  }
}

}  // namespace sqlweave::catalog
