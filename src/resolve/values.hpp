// SPDX-License-Identifier: MIT
// Literal values against field types: Django's get_prep_value, as far as SQL needs it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "sqlweave/error.hpp"
#include "sqlweave/schema.hpp"
#include "sqlweave/value.hpp"

namespace sqlweave::resolve {

/// Longest list an `__in` lookup accepts; longer lists belong in a subquery or a temp table.
inline constexpr std::size_t max_in_list = 10000;

/// The value `v` converted for a field of class `type` (`"2020-01-01"` -> date, `1` -> `1.0`
/// for a float), or nullopt when it is usable as it is. Throws error(bad_value) when it cannot
/// be converted, naming the field.
std::optional<value> coerce(const value& v, type_class type, std::string_view field_name,
                            source_span span);

/// A UUIDField's value as Django binds it (UUIDField.get_db_prep_value): text in any form
/// uuid.UUID(hex=) reads, or an integer, written hyphenated where the database has a uuid type
/// and as 32 hex digits where Django stores char(32). Throws error(bad_value) otherwise.
value uuid_value(const value& v, bool hyphenated, std::string_view field_name, source_span span);

/// The type class of a literal value.
type_class class_of(const value& v);

}  // namespace sqlweave::resolve
