// SPDX-License-Identifier: MIT
// Django's names of the on_delete rules (`models.CASCADE`, ...), for every reader and writer of
// schemas: models.py files, the schema JSON.
#pragma once

#include <optional>
#include <string_view>

#include "sqlweave/schema.hpp"

namespace sqlweave::catalog {

/// `CASCADE`, `SET_NULL`.
std::string_view to_string(on_delete rule);
std::optional<on_delete> on_delete_from_name(std::string_view django_name);

}  // namespace sqlweave::catalog
