// SPDX-License-Identifier: MIT
// The floor: handwritten functions that append exactly the SQL sqlweave produces for S1, S2 and
// S6 and push the same parameters, into buffers reused across calls. Nothing can be faster while
// producing the same output, so sqlweave's time is reported as a multiple of these.
#pragma once

#include <string>
#include <vector>

#include "sqlweave/compile.hpp"

namespace sqlweave::bench {

struct floor_output {
  std::string sql;
  std::vector<value> params;
};

/// S1 `name__startswith=prefix`.
void floor_s1(dialect_id d, std::string_view prefix, floor_output& out);
/// S2 the boolean mix with IN, range, ordering and a slice.
void floor_s2(dialect_id d, floor_output& out);
/// S6 100 tags t0..t99 with weights 0..99.
void floor_s6(dialect_id d, floor_output& out);

}  // namespace sqlweave::bench
