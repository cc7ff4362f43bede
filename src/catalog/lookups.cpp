// SPDX-License-Identifier: MIT
// Field lookups: the last part of `name__icontains`. Django registers all of them on every
// field but the JSON ones; on a relation only its related lookups (exact, in, the comparisons,
// isnull). On a JSONField, `contains` is containment of a document, not of text.
#include <array>

#include "catalog/catalog.hpp"
#include "catalog/name_table.hpp"

namespace sqlweave::catalog {
namespace {

constexpr std::array<lookup_entry, 21> table{{
    {"exact", lookup::exact, rhs_shape::value, true, "equal; `None` means IS NULL"},
    {"iexact", lookup::iexact, rhs_shape::value, false, "equal, ignoring case"},
    {"gt", lookup::gt, rhs_shape::value, true, "greater than"},
    {"gte", lookup::gte, rhs_shape::value, true, "greater than or equal"},
    {"lt", lookup::lt, rhs_shape::value, true, "less than"},
    {"lte", lookup::lte, rhs_shape::value, true, "less than or equal"},
    {"in", lookup::in, rhs_shape::list, true,
     "in a list, tuple, set or queryset; `[]` matches nothing"},
    {"contains", lookup::contains, rhs_shape::value, false, "contains, case-sensitive"},
    {"icontains", lookup::icontains, rhs_shape::value, false, "contains, ignoring case"},
    {"startswith", lookup::startswith, rhs_shape::value, false, "starts with, case-sensitive"},
    {"istartswith", lookup::istartswith, rhs_shape::value, false, "starts with, ignoring case"},
    {"endswith", lookup::endswith, rhs_shape::value, false, "ends with, case-sensitive"},
    {"iendswith", lookup::iendswith, rhs_shape::value, false, "ends with, ignoring case"},
    {"range", lookup::range, rhs_shape::pair, false, "between two values, inclusive"},
    {"isnull", lookup::isnull, rhs_shape::boolean, true, "IS NULL (True) or IS NOT NULL (False)"},
    {"regex", lookup::regex, rhs_shape::value, false, "matches a regular expression"},
    {"iregex", lookup::iregex, rhs_shape::value, false, "matches a regular expression, any case"},
    {"contained_by", lookup::contained_by, rhs_shape::value, false,
     "JSONField: the document is contained by the value", true},
    {"has_key", lookup::has_key, rhs_shape::value, false, "JSONField: the key exists", true},
    {"has_keys", lookup::has_keys, rhs_shape::list, false, "JSONField: all of the keys exist",
     true},
    {"has_any_keys", lookup::has_any_keys, rhs_shape::list, false,
     "JSONField: any of the keys exists", true},
}};

constexpr name_table by_name(table);

// The rows are in the order of `lookup`, so lookup_of() is an index.
constexpr bool in_id_order() {
  for (std::size_t i = 0; i < table.size(); ++i)
    if (static_cast<std::size_t>(table[i].id) != i) return false;
  return true;
}
static_assert(in_id_order(), "lookups' rows must follow the order of enum lookup");

}  // namespace

std::span<const lookup_entry> lookups() {
  return table;
}

const lookup_entry* find_lookup(std::string_view name) {
  return by_name.find(name);
}

const lookup_entry& lookup_of(lookup id) {
  return table[static_cast<std::size_t>(id)];
}

}  // namespace sqlweave::catalog
