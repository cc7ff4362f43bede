// SPDX-License-Identifier: MIT
// Throwing sqlweave::error from inside the library: the named factories every module uses.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sqlweave/error.hpp"

namespace sqlweave {

/// `unknown field 'titel' on Book; did you mean 'title'?`
[[noreturn]] void throw_unknown(error_code code, std::string what, std::string_view name,
                                std::string_view owner, std::vector<std::string> candidates,
                                source_span span);

[[noreturn]] inline void fail(error_code code, std::string message, source_span span = {}) {
  throw error(diagnostic{code, std::move(message), span, {}});
}

/// `<dialect> does not support <feature>`, with the span of the text that asks for it.
[[noreturn]] void unsupported(std::string_view dialect, std::string_view feature,
                              source_span span = {});

}  // namespace sqlweave
