// SPDX-License-Identifier: MIT
// Unified diffs of small texts (snapshot files), as `diff -u` prints them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sqlweave::cli {

/// The unified diff from `old_text` to `new_text` (empty when equal): `--- old_name`,
/// `+++ new_name`, then hunks of the changed lines with `context` unchanged lines around them;
/// in each run of changes the removed lines come before the added ones.
///   unified_diff("a\nb\n", "a\nc\n", "a/x.sql", "b/x.sql")
std::string unified_diff(std::string_view old_text, std::string_view new_text,
                         std::string_view old_name, std::string_view new_name,
                         std::size_t context = 3);

}  // namespace sqlweave::cli
