// SPDX-License-Identifier: MIT
// The names Python reads a relation by on a model's instances (Django's descriptors), which are
// not the names lookups use: a field's own name forward, reverse_accessor() on the other side.
// prefetch_related() and related managers go by them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sqlweave/schema.hpp"

namespace sqlweave::resolve {

/// Whether relation `relation_index`'s field is on its from_model (a forward foreign key,
/// one-to-one or many-to-many), not on the model it leads to.
bool declared_on_from(const schema& s, int relation_index);

/// The accessor of relation `relation_index` on its from_model's instances: `pool_set`,
/// `tournament`; empty for none (`related_name='+'`, the reverse of a symmetrical M2M).
std::string accessor_name(const schema& s, int relation_index);

/// The relation whose accessor on `m` is `name` (a proxy also has its concrete model's, a
/// multi-table child its parents'; the relation's from_model is the one it is on), or -1;
/// `names` receives every accessor of `m`, for an error's candidates.
int find_accessor(const schema& s, const model& m, std::string_view name,
                  std::vector<std::string>& names);

}  // namespace sqlweave::resolve
