// SPDX-License-Identifier: MIT
#pragma once

#include <set>
#include <string_view>

namespace sqlweave::bench {

/// Registers BM_parse/<shape> (bytes/s are of the query text) for the shapes in `parsable`.
void register_parse_benchmarks(const std::set<std::string_view>& parsable);

}  // namespace sqlweave::bench
