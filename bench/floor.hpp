// SPDX-License-Identifier: MIT
// The floor: handwritten functions that append exactly the SQL sqlweave produces for S1, S2 and
// S6 and push the same parameters into buffers reused across calls. Producing the same output
// can hardly be cheaper, so sqlweave's times are reported as multiples of these. For S3, S4, S5
// and S7 the floor replays the statement sqlweave compiled once at startup: one append of its
// text and a push of each value, which is what a handwritten function costs.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shapes.hpp"
#include "sqlweave/compile.hpp"

namespace sqlweave::bench {

struct floor_output {
  std::string sql;
  std::vector<value> params;
};

/// S1: filter(name__startswith=prefix), the prefix escaped for LIKE (GLOB on SQLite).
void floor_s1(dialect_id d, std::string_view prefix, floor_output& out);
/// S2: the boolean mix with IN [1, 2, 3], range (10, 100), active=True, ordering and [10:20].
void floor_s2(dialect_id d, floor_output& out);
/// S6: bulk_create of `rows`.
void floor_s6(dialect_id d, std::span<const tag_row> rows, floor_output& out);

/// The floor of a shape with that shape's own values, or null for shapes without one.
using floor_fn = std::function<void(dialect_id, floor_output&)>;
floor_fn floor_for(std::string_view shape);

}  // namespace sqlweave::bench
