// SPDX-License-Identifier: MIT
// The inputs and outputs of `sqlweave snapshot`: the queries files and the snapshot files.
//
// A queries file holds one queryset a line: `name<TAB>queryset`, or `name<TAB>!error<TAB>queryset`
// for one that must fail to compile on at least one dialect; `#` starts a comment line, blank
// lines are skipped. A name is a relative path without `..` ([A-Za-z0-9_.-/]): the snapshot is
// DIR/<name>.sql.
//
// A snapshot file, for `orders/paid<TAB>Order.objects.filter(status="paid")[:10]`:
//
//   query: Order.objects.filter(status="paid")[:10]
//
//   [sqlite]
//   SELECT "shop_order"."id", "shop_order"."status"
//   FROM "shop_order"
//   WHERE "shop_order"."status" = ?
//   LIMIT 10
//   params: ["paid"]
//
//   [postgresql]
//   ...
//
// One section per dialect, in the order sqlite, postgresql, mysql, oracle. In a section, each
// statement of the plan as pretty_sql() lays it out, followed by its `params:` line (values as in
// the queryset: "text", 5, 1.5, True, None, Decimal("1.50"), date(2024, 1, 2),
// datetime(2024, 1, 2, 3, 4, 5), timedelta(microseconds=90000000), a named parameter as :name) and
// its `run:` and `note:` lines when it has them, and `not counted: ...` when its rows affected
// are not in Django's count; statements are separated by a blank line. A plan of no statement
// (Django runs none) is the line `runs no statement (...)`. A prefetch statement
// follows a `prefetch PATH (keys: SOURCE.COLUMN):` line, `{keys}` standing where its key list goes.
// A dialect that refuses the queryset holds its diagnostic instead, starting with `error[`. No line
// starts with `--`, so a removed line never looks like a diff's file header.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "sqlweave/compile.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave::cli {

struct snapshot_query {
  std::string name;
  std::string queryset;
  bool expect_error = false;  // the line was `name<TAB>!error<TAB>queryset`
};

/// The queries of every file, in order. Throws std::runtime_error with `file:line:` on a
/// malformed line, an invalid name or a name given twice (across the files too).
std::vector<snapshot_query> read_queries(const std::vector<std::string>& files);

/// A dialect's refusal of a query: its diagnostic, rendered against the queryset.
struct snapshot_error {
  dialect_id dialect;
  std::string diagnostic;
};

/// A query's snapshot file, and the dialects that refused it.
struct snapshot_text {
  std::string text;
  std::vector<snapshot_error> errors;
};

snapshot_text render_snapshot(const schema& s, const snapshot_query& q,
                              std::span<const dialect_id> dialects);

}  // namespace sqlweave::cli
