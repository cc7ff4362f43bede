// SPDX-License-Identifier: MIT
// Whether a queryset's rows are known empty before any SQL runs: Django's EmptyResultSet, for
// which its writes run no statement (`none().update(...)`, `filter(pk__in=[]).delete()`) and a
// Subquery() of it is no value a condition can compare (expr::over_empty).
#include <algorithm>
#include <cstdint>

#include "resolve/query.hpp"

namespace sqlweave::resolve {
namespace {

// What a condition compiles to in Django's WhereNode.as_sql(): EmptyResultSet (no row: an
// `__in=[]`), nothing at all (every row: an empty Q, `~Q(pk__in=[])`), or SQL to run.
enum class extent : std::uint8_t { no_row, every_row, sql };

extent extent_of(const ir::expr& e) {
  if (const auto* t = e.as<ir::truth>()) return t->value ? extent::every_row : extent::no_row;
  if (const auto* n = e.as<ir::logical_not>()) {
    switch (extent_of(*n->operand)) {
      case extent::no_row: return extent::every_row;
      case extent::every_row: return extent::no_row;
      case extent::sql: return extent::sql;
    }
  }
  const auto* j = e.as<ir::junction>();
  if (!j) return extent::sql;
  // AND: one empty part empties it, and it is everything when every part is; OR the reverse.
  const extent decisive = j->any ? extent::every_row : extent::no_row;
  const extent neutral = j->any ? extent::no_row : extent::every_row;
  bool all_neutral = true;
  for (const ir::expr* p : j->parts) {
    const extent x = extent_of(*p);
    if (x == decisive) return decisive;
    all_neutral = all_neutral && x == neutral;
  }
  return all_neutral ? neutral : extent::sql;
}

}  // namespace

bool matches_nothing(const ir::expr* condition) {
  return condition && extent_of(*condition) == extent::no_row;
}

ir::expr* without_every_row(level& lv, ir::expr* condition) {
  if (!condition || extent_of(*condition) == extent::every_row) return nullptr;
  const auto* j = condition->as<ir::junction>();
  if (!j || j->any) return condition;
  // Django's WhereNode leaves out an AND's parts that compile to nothing.
  small<ir::expr*> kept;
  for (ir::expr* p : j->parts)
    if (ir::expr* k = without_every_row(lv, p)) kept.push_back(k);
  if (kept.size() == j->parts.size()) return condition;
  return kept.size() == 1 ? kept[0] : lv.junction(false, view(kept));
}

bool selects_nothing(const query_state& q) {
  return q.none || std::any_of(q.lv.where.begin(), q.lv.where.end(), matches_nothing);
}

}  // namespace sqlweave::resolve
