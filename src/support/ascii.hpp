// SPDX-License-Identifier: MIT
// ASCII case folding for names from the schema (Django's `model_name` is the class name lowered).
#pragma once

#include <string>
#include <string_view>

namespace sqlweave {

/// `s` with A-Z lowered; other bytes (UTF-8 included) unchanged, whatever the C locale says.
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace sqlweave
