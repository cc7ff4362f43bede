// SPDX-License-Identifier: MIT
// The join of a GenericRelation (relation::kind::generic, generic_reverse): Django 3.2 ANDs
// GenericRelation.get_extra_restriction() into its ON clause, `tagged.content_type_id = <id>`,
// with the id ContentType.objects.get_for_model() reads from the database when the queryset is
// built. sqlweave compiles without a database, so the id is a scalar subquery on
// django_content_type by (app_label, model), bound as values: the same rows.
#pragma once

#include "resolve/level.hpp"

namespace sqlweave::resolve {

/// Whether joins of `r` carry the content type restriction.
bool is_generic(const relation& r);

/// Sets the condition of join `joined` (made for `r` from its parent table) to
/// `<generic side>.<content type column> = (SELECT U0.id FROM django_content_type U0
/// WHERE (U0.app_label = %s AND U0.model = %s))`.
void restrict_content_type(level& lv, const relation& r, int joined);

}  // namespace sqlweave::resolve
