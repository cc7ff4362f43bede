// SPDX-License-Identifier: MIT
// Startup checks that keep the ratios honest: every mode and the floor must produce the same
// SQL and params, or the benchmark stops with a message saying where they differ.
#pragma once

#include <set>
#include <string_view>

namespace sqlweave::bench {

/// Names of the shapes whose text parse_query() accepts; says on stderr why others are skipped
/// (the text front end may be unfinished).
std::set<std::string_view> parsable_shapes();

/// Exits with a message unless, for every shape and dialect, the floor, the text form, and the
/// named-parameter variant after bind() all equal the builder's compiled SQL and params.
void check_outputs(const std::set<std::string_view>& parsable);

}  // namespace sqlweave::bench
