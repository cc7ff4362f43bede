// SPDX-License-Identifier: MIT
// sqlweave's SQL and parameters for every shape and dialect as JSON, for the peers' scripts to
// check that their SQL is the same query before they time it.
#pragma once

#include <string>

namespace sqlweave::bench {

/// Writes {"S1": {"sqlite": {"sql": "...", "params": [...]}, ...}, ...} to `path`.
void write_sql_dump(const std::string& path);

}  // namespace sqlweave::bench
