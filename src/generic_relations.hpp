// SPDX-License-Identifier: MIT
// GenericRelation (django.contrib.contenttypes.fields) as schema::finalize() links it: a relation
// with no column of its own from its model to the model holding the GenericForeignKey, whose
// join also names the model's content type (GenericRelation.get_extra_restriction in Django
// 3.2), and back along it under its related_query_name.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "sqlweave/schema.hpp"

namespace sqlweave::detail {

/// Appends both directions of every GenericRelation of `models` to `relations` and names them
/// with `add_member`. Needs the fields' columns and target_model filled. Throws error(bad_schema)
/// for a GenericRelation Django's checks refuse (contenttypes.E004: no such GenericForeignKey)
/// and for one whose object_id field a multi-table parent holds, which is not compiled.
void link_generic_relations(std::vector<model>& models, std::vector<relation>& relations,
                            const std::function<int(std::string_view)>& find_model,
                            const std::function<void(model&, std::string, member)>& add_member);

}  // namespace sqlweave::detail
