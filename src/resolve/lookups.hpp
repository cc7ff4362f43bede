// SPDX-License-Identifier: MIT
// One lookup, `author__name__icontains="x"`: the path walked, its transforms applied, and the
// predicate the catalog's lookup makes of it, with Django's value preparation and NULL rules.
#pragma once

#include "catalog/catalog.hpp"
#include "resolve/joins.hpp"
#include "resolve/level.hpp"

namespace sqlweave::resolve {

/// A lookup node of a Q tree; `votes` receives the joins it needs INNER.
ir::expr* lookup_condition(level& lv, const ast::node& lookup, const use_site& site,
                           alias_list& votes);

/// `lhs <lookup> rhs` for a lookup that is not handled by a shortcut (None, year bounds).
/// `end` is the walked path (its target field, and whether it ends on a relation).
/// `nullable_rhs`, when given, receives the column when `rhs` is F() of a nullable field.
ir::expr* lookup_predicate(level& lv, ir::expr* lhs, const path_end& end,
                           const catalog::lookup_entry& lookup, const ast::node& rhs,
                           source_span span, const use_site& site, alias_list* votes,
                           ir::expr** nullable_rhs = nullptr);

/// Refuses `v` when it is a model instance that `field` cannot take: a field that is no relation
/// (`target_model` -1), or a relation to a model that shares no key with the instance's
/// (Django's check_related_objects(): the same concrete model, a multi-table parent or child).
void check_instance(level& lv, const ast::node& v, int target_model, std::string_view field);

/// A literal as the value of a comparison with `lhs`: prepared as Django's field does.
ir::expr* value_for(level& lv, const ast::node& v, const ir::expr& lhs, const field* target,
                    catalog::lookup lookup);

}  // namespace sqlweave::resolve
