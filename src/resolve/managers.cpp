// SPDX-License-Identifier: MIT
// Where a queryset starts. `Model.<manager>`: as the manager's get_queryset() returns it, so the
// steps of that chain come before the query's own (Django's `Book.in_print.filter(...)` is
// `Book.objects.filter(in_print=True).filter(...)`). A bare `Model` is its default manager.
// `Model.<m2m>.through.<manager>`: the through model of that relation, named by the attribute
// Python reads (the field on its model, `related_name` or `<model>_set` on the other side).
#include <fmt/format.h>

#include <string>
#include <vector>

#include "resolve/query.hpp"
#include "resolve/subqueries.hpp"
#include "sqlweave/ast.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {

namespace {

int through_model(const schema& s, const field& f) {
  return f.through.empty() ? f.auto_through : s.find_model(f.through);
}

}  // namespace

int root_model(const schema& s, const ast::query& source, source_span fallback) {
  const int index =
      s.model_index(source.model, source.model_span.empty() ? fallback : source.model_span);
  if (source.through.empty()) return index;
  const model& m = s.at(index);
  std::vector<std::string> names;
  for (const auto& f : m.fields) {
    if (f.type != field_type::many_to_many) continue;
    if (f.name == source.through) return through_model(s, f);
    names.push_back(f.name);
  }
  for (const auto& other : s.models())
    for (const auto& f : other.fields) {
      if (f.type != field_type::many_to_many || f.target_model != index) continue;
      const std::string accessor = reverse_accessor(other, f);
      if (accessor.empty()) continue;
      if (accessor == source.through) return through_model(s, f);
      names.push_back(accessor);
    }
  throw error(diagnostic{
      error_code::unknown_field,
      names.empty() ? fmt::format("{} has no many-to-many relation, so no '{}.through'", m.name,
                                  source.through)
                    : fmt::format("{} has no many-to-many relation '{}'; its relations: {}", m.name,
                                  source.through, fmt::join(names, ", ")),
      source.through_span, names});
}

const ast::node* class_constant(context& cx, const ast::node& n) {
  if (n.kind != ast::node_kind::subquery) return nullptr;
  const ast::query& q = *n.sub;
  if (!q.steps.empty() || !q.through.empty() || q.manager.empty()) return nullptr;
  const int index = cx.s.find_model(q.model);
  if (index < 0) return nullptr;
  const model& m = cx.s.at(index);
  if (q.manager.find('.') == std::string::npos && m.find_manager(q.manager)) return nullptr;
  const model_constant* c = m.find_constant(q.manager);
  if (!c) {
    if (q.manager.find('.') == std::string::npos) return nullptr;  // "unknown manager"
    std::vector<std::string_view> names;
    for (const auto& other : m.constants) names.push_back(other.name);
    throw_unknown(error_code::unknown_field, "constant", q.manager, m.name,
                  nearest_names(q.manager, names), q.manager_span);
  }
  // The value where the query names it, for errors and carets.
  ast::node copy = *c->value;
  copy.span = n.span;
  return cx.constants.emplace_back(ast::make_node(std::move(copy))).get();
}

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
  if (mg->steps) {
    try {
      for (const auto& st : mg->steps->steps) apply_step(q, st);
    } catch (const error& e) {
      // The chain's own positions are in the models, not in this query's text.
      fail(e.code(),
           fmt::format("in the manager {}.{} ({}): {}", m.name, mg->name, mg->chain, e.what()), at);
    }
  }
  q.mgr = mg;
  q.at_manager = true;
}

}  // namespace sqlweave::resolve
