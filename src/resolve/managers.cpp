// SPDX-License-Identifier: MIT
// `Model.<manager>`: a queryset starts as the manager's get_queryset() returns it, so the steps
// of that chain come before the query's own (Django's `Book.in_print.filter(...)` is
// `Book.objects.filter(in_print=True).filter(...)`). A bare `Model` is its default manager.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "resolve/query.hpp"
#include "sqlweave/ast.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {

void apply_manager(query_state& q, const ast::query& source) {
  const model& m = q.lv.cx.s.at(q.lv.model_index);
  const source_span at = source.manager.empty() ? source.model_span : source.manager_span;
  const manager* mg = m.find_manager(source.manager);
  if (!mg) {
    // A model that declares managers has no automatic `objects`: name them all.
    std::vector<std::string> names;
    for (const auto& other : m.managers) names.push_back(other.name);
    if (names.empty()) names.emplace_back("objects");
    throw error(diagnostic{error_code::unknown_field,
                           fmt::format("unknown manager '{}' on {}; its managers: {}",
                                       source.manager, m.name, fmt::join(names, ", ")),
                           at, names});
  }
  if (!mg->unreadable.empty())
    fail(error_code::bad_schema,
         fmt::format("the manager {}.{} cannot be used: {}", m.name, mg->name, mg->unreadable), at);
  if (!mg->steps) return;
  try {
    for (const auto& st : mg->steps->steps) apply_step(q, st);
  } catch (const error& e) {
    // The chain's own positions are in the models, not in this query's text.
    fail(e.code(),
         fmt::format("in the manager {}.{} ({}): {}", m.name, mg->name, mg->chain, e.what()), at);
  }
}

}  // namespace sqlweave::resolve
