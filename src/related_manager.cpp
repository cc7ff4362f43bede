// SPDX-License-Identifier: MIT
// Django evaluates `Tournament.objects.get(pk=1).pool_set.all()` as two queries: the get(), then
// `Pool.objects.filter(tournament=<its key>)` (a many-to-many manager filters across the link
// table the same way). One statement stands for both here, the related queryset filtered by
// the key: the key itself when the get() is `pk=<value>` on a manager without a chain of its
// own, else a subquery of the get()'s queryset. Where that get() would raise DoesNotExist the
// statement returns no rows; where it would raise MultipleObjectsReturned it returns the rows
// of all the instances.
#include "related_manager.hpp"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "resolve/accessors.hpp"
#include "resolve/generic_relation.hpp"
#include "resolve/query.hpp"
#include "support/ascii.hpp"
#include "support/errors.hpp"

namespace sqlweave::detail {
namespace {

using ast::step_kind;

ast::expr lookup(std::string name, ast::expr value, source_span span) {
  ast::node n;
  n.kind = ast::node_kind::lookup;
  n.name = std::move(name);
  n.args.push_back(std::move(value));
  n.span = span;
  return ast::make_node(std::move(n));
}

// get()'s only condition when it is `pk=<value>` (or the key's name, with or without
// `__exact`) and the manager adds none: the value; else null.
const ast::expr* key_value(const ast::query& instance, const model& m) {
  const manager* mg = m.find_manager(instance.manager);
  if (!mg || mg->steps || !instance.through.empty() || instance.steps.size() != 1) return nullptr;
  const ast::step& get = instance.steps.back();
  if (get.args.size() != 1 || !get.kwargs.empty()) return nullptr;
  const ast::node& n = *get.args.front();
  if (n.kind != ast::node_kind::lookup || n.args.size() != 1) return nullptr;
  const std::string& key = m.pk_field().name;
  if (n.name != "pk" && n.name != "pk__exact" && n.name != key && n.name != key + "__exact")
    return nullptr;
  const ast::node& v = *n.args.front();
  const bool usable =
      (v.kind == ast::node_kind::literal && !v.val.is_null()) || v.kind == ast::node_kind::param;
  return usable ? &n.args.front() : nullptr;
}

// How the related model reaches back to the instance's: the lookup name on it, and the field
// of the instance's model that lookup compares with.
struct way_back {
  std::string lookup;
  const field* key = nullptr;
};

const field& field_by_column(const model& m, std::string_view column) {
  for (const auto& f : m.fields)
    if (f.column == column) return f;
  return m.pk_field();
}

way_back way_back_of(const schema& s, const model& m, int relation_index, const ast::query& q) {
  const relation& r = s.rel(relation_index);
  const model& target = s.at(r.to_model);
  if (!r.multi_valued)
    fail(error_code::bad_argument,
         fmt::format("'{}' of a {} instance is a {} object, not a related manager", q.accessor,
                     m.name, target.name),
         q.accessor_span);
  if (resolve::is_generic(r))
    fail(error_code::unsupported,
         fmt::format("the related manager '{}' of a GenericRelation (its content type read at "
                     "runtime) is not supported",
                     q.accessor),
         q.accessor_span);
  const field& key = field_by_column(m, r.from_column);
  const auto at = static_cast<std::size_t>(r.field_index);
  if (r.how == relation::kind::reverse) return {target.fields[at].name, &key};
  // Many-to-many: the field is on the instance's model (forward) or on the related one.
  if (!resolve::declared_on_from(s, relation_index)) return {target.fields[at].name, &key};
  const field& f = m.fields[at];
  // A symmetrical self relation holds each link both ways: its own name leads back.
  if (f.symmetrical.value_or(false)) return {f.name, &key};
  const std::string back = !f.related_query_name.empty() ? f.related_query_name
                           : !f.related_name.empty()     ? f.related_name
                                                         : ascii_lower(m.name);
  if (back.back() == '+')
    fail(error_code::unsupported,
         fmt::format("the related manager '{}', whose reverse relation is hidden (related_name "
                     "ending in '+'), is not supported",
                     f.name),
         q.accessor_span);
  return {back, &key};
}

// The query that starts from the instance's related manager, as a plain queryset.
ast::query related_queryset(const schema& s, const ast::query& q) {
  const ast::query instance = q.instance->instance ? related_queryset(s, *q.instance) : *q.instance;
  if (instance.steps.empty() || instance.steps.back().kind != step_kind::get)
    fail(error_code::bad_argument,
         fmt::format("'{}' is read on a model instance: the queryset before it must end with "
                     "get()",
                     q.accessor),
         q.accessor_span);
  for (const auto& st : q.steps)
    if (st.kind == step_kind::create || st.kind == step_kind::bulk_create ||
        st.kind == step_kind::get_or_create || st.kind == step_kind::update_or_create)
      fail(error_code::unsupported,
           fmt::format("{}() through a related manager is not supported (Django sets the "
                       "relation on the new rows)",
                       catalog::method_name(st.kind)),
           st.span);
  const model& m = s.at(resolve::root_model(s, instance, q.accessor_span));
  std::vector<std::string> names;
  const int relation_index = resolve::find_accessor(s, m, q.accessor, names);
  if (relation_index < 0)
    throw error(diagnostic{error_code::unknown_field,
                           fmt::format("'{}' object has no attribute '{}'; its relations: {}",
                                       m.name, q.accessor, fmt::join(names, ", ")),
                           q.accessor_span, names});
  const way_back back = way_back_of(s, m, relation_index, q);
  const model& target = s.at(s.rel(relation_index).to_model);

  ast::query out;
  out.model = target.app_label.empty() ? target.name : target.app_label + "." + target.name;
  out.model_span = q.accessor_span;
  ast::step filter;
  filter.kind = step_kind::filter;
  filter.span = q.accessor_span;
  const ast::expr* key = back.key == &m.pk_field() ? key_value(instance, m) : nullptr;
  if (key) {
    filter.args.push_back(lookup(back.lookup, *key, q.accessor_span));
  } else {
    ast::query keys = instance;
    keys.steps.back().kind = step_kind::filter;
    ast::step values;
    values.kind = step_kind::values;
    values.span = q.accessor_span;
    values.args.push_back(ast::make_literal(value(back.key->name), q.accessor_span));
    keys.steps.push_back(std::move(values));
    ast::node sub;
    sub.kind = ast::node_kind::subquery;
    sub.sub = std::make_shared<const ast::query>(std::move(keys));
    sub.span = q.accessor_span;
    filter.args.push_back(
        lookup(back.lookup + "__in", ast::make_node(std::move(sub)), q.accessor_span));
  }
  out.steps.reserve(q.steps.size() + 1);
  out.steps.push_back(std::move(filter));
  out.steps.insert(out.steps.end(), q.steps.begin(), q.steps.end());
  return out;
}

}  // namespace

compiled_query compile_related_manager(const schema& s, const ast::query& q, dialect_id d,
                                       const compile_options& options, compile_trace* trace) {
  const ast::query related = related_queryset(s, q);
  return compile_traced(s, related, d, options, trace);
}

}  // namespace sqlweave::detail
