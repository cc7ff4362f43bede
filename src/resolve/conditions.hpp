// SPDX-License-Identifier: MIT
// The WHERE binder: filter()/exclude() calls, Q trees and lookups, with Django's join promotion
// (JoinPromoter's votes) and NOT EXISTS for negated conditions over multi-valued relations.
#pragma once

#include "resolve/level.hpp"

namespace sqlweave::resolve {

/// One filter() (or exclude(), `negate`) call: its children ANDed into the level's WHERE.
void add_filter(level& lv, const node_refs& children, bool negate);

/// A condition inside an expression (When(...), filter=, annotate(x=Q(...))), or an expression
/// used as a condition (`expr = TRUE`). Its joins keep every row: they are promoted back to LEFT
/// OUTER where they can be, as Django's Q.resolve_expression does.
ir::expr* condition(level& lv, const ast::node& n, const use_site& site, alias_list* votes);

}  // namespace sqlweave::resolve
