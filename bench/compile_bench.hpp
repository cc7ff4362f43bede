// SPDX-License-Identifier: MIT
#pragma once

#include <set>
#include <string_view>

namespace sqlweave::bench {

/// Registers BM_<mode>/<dialect>/<shape> for every mode that applies; parse_compile only for
/// the shapes in `parsable`.
void register_benchmarks(const std::set<std::string_view>& parsable);

}  // namespace sqlweave::bench
