// SPDX-License-Identifier: MIT
// Django evaluates `Tournament.objects.get(pk=1).pool_set.all()` as two queries: the get(), then
// `Pool.objects.filter(tournament=<its key>)` (a many-to-many manager filters across the link
// table the same way). One statement stands for both here, the related queryset filtered by
// the key: the key itself when the get() is `pk=<value>` on a manager without a chain of its
// own, else a subquery of the get()'s queryset. Where that get() would raise DoesNotExist the
// statement returns no rows; where it would raise MultipleObjectsReturned it returns the rows
// of all the instances. An instance of first()/last()/earliest()/latest()/qs[i] is the one row
// of a subquery ordered and sliced as Django's: where Django's None (or IndexError) has no
// manager, the statement returns no rows.
#include "related_manager.hpp"

#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "resolve/accessors.hpp"
#include "resolve/generic_relation.hpp"
#include "resolve/query.hpp"
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
  /// `key` is the primary key of the model the relation leaves (the instance's, or a
  /// multi-table parent's, whose key values are the instance's own).
  bool by_pk = false;
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
  // The model the relation leaves: the instance's, or the multi-table parent it inherits from.
  const model& owner = s.at(r.from_model);
  const field& key = field_by_column(owner, r.from_column);
  const bool by_pk = &key == &owner.pk_field();
  const auto at = static_cast<std::size_t>(r.field_index);
  if (r.how == relation::kind::reverse) return {target.fields[at].name, &key, by_pk};
  // Many-to-many: the field is on the instance's model (forward) or on the related one.
  if (!resolve::declared_on_from(s, relation_index)) return {target.fields[at].name, &key, by_pk};
  const field& f = owner.fields[at];
  // A symmetrical self relation holds each link both ways: its own name leads back.
  if (f.symmetrical.value_or(false)) return {f.name, &key, by_pk};
  const std::string back = reverse_query_name(owner, f);
  if (back.back() == '+')
    fail(error_code::unsupported,
         fmt::format("the related manager '{}', whose reverse relation is hidden (related_name "
                     "ending in '+'), is not supported",
                     f.name),
         q.accessor_span);
  return {back, &key, by_pk};
}

ast::step make_step(step_kind kind, source_span span) {
  ast::step st;
  st.kind = kind;
  st.span = span;
  return st;
}

ast::step order_by(std::vector<std::string> names, source_span span) {
  ast::step st = make_step(step_kind::order_by, span);
  for (auto& name : names) st.args.push_back(ast::make_literal(value(std::move(name)), span));
  return st;
}

// Django's QuerySet.ordered for the chain before first()/last(): an order_by() (with names)
// or extra(order_by=) last set, else Meta.ordering.
bool ordered(const model& m, const manager* mg, const ast::query& instance) {
  std::optional<bool> set;
  auto scan = [&](const std::vector<ast::step>& steps) {
    for (const auto& st : steps) {
      if (st.kind == step_kind::order_by) set = !st.args.empty();
      if (st.kind == step_kind::custom)
        fail(error_code::unsupported,
             fmt::format("first() or last() after the method {}() (whose ordering is read at "
                         "runtime) before a related manager is not supported",
                         st.method),
             st.span);
      if (st.kind == step_kind::extra)
        for (const auto& kw : st.kwargs)
          if (kw.name == "order_by") set = true;
    }
  };
  if (mg && mg->steps) scan(mg->steps->steps);
  scan(instance.steps);
  return set.value_or(!m.ordering.empty());
}

// The steps that leave first the one row `terminal` picks, as Django picks it: first() and
// last() order an unordered queryset by the primary key, earliest() and latest() by their
// fields (or Meta.get_latest_by); qs[i] keeps the ordering it has.
void order_for(const model& m, const ast::query& instance, const ast::step& terminal,
               std::vector<ast::step>& out) {
  const source_span at = terminal.span;
  if (terminal.kind == step_kind::first || terminal.kind == step_kind::last) {
    const bool last = terminal.kind == step_kind::last;
    if (!ordered(m, m.find_manager(instance.manager), instance))
      out.push_back(order_by({last ? "-pk" : "pk"}, at));
    else if (last)
      out.push_back(make_step(step_kind::reverse, at));
    return;
  }
  if (terminal.kind != step_kind::earliest && terminal.kind != step_kind::latest) return;
  ast::step by = make_step(step_kind::order_by, at);
  by.args = terminal.args;
  if (by.args.empty()) {
    if (!m.get_latest_by)
      fail(error_code::bad_argument,
           "earliest() and latest() require either fields as positional arguments or "
           "'get_latest_by' in the model's Meta.",
           at);
    by = order_by(*m.get_latest_by, at);
  }
  out.push_back(std::move(by));
  if (terminal.kind == step_kind::latest) out.push_back(make_step(step_kind::reverse, at));
}

// Whether `Model.objects.get(...).<name>` is a value: a field, `pk`, or a forward relation (the
// related instance, compared by its key).
bool is_value_attribute(const schema& s, const model& m, std::string_view name) {
  if (name == "pk") return true;
  const member* attribute = m.find(name);
  return attribute && (attribute->what == member::kind::column ||
                       (attribute->what == member::kind::relation &&
                        s.rel(attribute->index).how == relation::kind::forward));
}

// Whether a step returns one model instance, whose related managers can be read.
bool one_instance(const ast::step& st) {
  return st.kind == step_kind::get || st.kind == step_kind::first || st.kind == step_kind::last ||
         st.kind == step_kind::earliest || st.kind == step_kind::latest ||
         (st.kind == step_kind::slice && st.index);
}

ast::expr subquery(ast::query q, source_span span) {
  ast::node sub;
  sub.kind = ast::node_kind::subquery;
  sub.sub = std::make_shared<const ast::query>(std::move(q));
  sub.span = span;
  return ast::make_node(std::move(sub));
}

// The condition that keeps the related rows of the instance: `<back>=<key>` for `get(pk=<key>)`,
// `<back>__in=<get()'s queryset>.values(<key>)` for another get() (all of its rows: Django
// raises MultipleObjectsReturned there), `<back>=<the one row's key>` for the others.
ast::expr back_to(const model& m, const ast::query& instance, const way_back& back,
                  source_span at) {
  const ast::step& terminal = instance.steps.back();
  if (terminal.kind == step_kind::get && back.by_pk)
    if (const ast::expr* key = key_value(instance, m)) return lookup(back.lookup, *key, at);
  ast::query keys = instance;
  keys.steps.pop_back();
  ast::step values = make_step(step_kind::values, at);
  values.args.push_back(ast::make_literal(value(back.key->name), at));
  if (terminal.kind == step_kind::get) {
    ast::step filter = terminal;
    filter.kind = step_kind::filter;
    keys.steps.push_back(std::move(filter));
    keys.steps.push_back(std::move(values));
    return lookup(back.lookup + "__in", subquery(std::move(keys), at), at);
  }
  order_for(m, instance, terminal, keys.steps);
  keys.steps.push_back(std::move(values));
  ast::step one = make_step(step_kind::slice, terminal.span);
  one.start = terminal.kind == step_kind::slice ? terminal.start.value_or(0) : 0;
  one.stop = *one.start + 1;
  keys.steps.push_back(std::move(one));
  return lookup(back.lookup, subquery(std::move(keys), at), at);
}

}  // namespace

int instance_model(const schema& s, const ast::node& v) {
  if (v.kind != ast::node_kind::subquery) return -1;
  const ast::query& q = *v.sub;
  if (q.instance || q.steps.empty() || !one_instance(q.steps.back())) return -1;
  return resolve::root_model(s, q, q.model_span);
}

std::optional<ast::query> instance_value(const schema& s, const ast::query& q,
                                         std::string_view field) {
  // `Product.objects.get(pk=1).price`: the value of a field of the instance's one row.
  if (q.instance && q.steps.empty() && field.empty() && !q.instance->instance &&
      is_value_attribute(s, s.at(resolve::root_model(s, *q.instance, q.accessor_span)), q.accessor))
    return instance_value(s, *q.instance, q.accessor);
  if (q.instance || q.steps.empty() || !one_instance(q.steps.back())) return std::nullopt;
  const model& m = s.at(resolve::root_model(s, q, q.model_span));
  const ast::step& terminal = q.steps.back();
  const source_span at = terminal.span;
  ast::query rows = q;
  rows.steps.pop_back();
  if (terminal.kind == step_kind::get) {
    // All of get()'s rows: where Django raises MultipleObjectsReturned, PostgreSQL and MySQL
    // refuse a scalar subquery of several rows.
    ast::step filter = terminal;
    filter.kind = step_kind::filter;
    rows.steps.push_back(std::move(filter));
  } else {
    order_for(m, q, terminal, rows.steps);
  }
  ast::step values = make_step(step_kind::values, at);
  values.args.push_back(
      ast::make_literal(value(field.empty() ? m.pk_field().name : std::string(field)), at));
  rows.steps.push_back(std::move(values));
  if (terminal.kind != step_kind::get) {
    ast::step one = make_step(step_kind::slice, at);
    one.start = terminal.kind == step_kind::slice ? terminal.start.value_or(0) : 0;
    one.stop = *one.start + 1;
    rows.steps.push_back(std::move(one));
  }
  return rows;
}

// The query that starts from the instance's related manager, as a plain queryset.
ast::query related_queryset(const schema& s, const ast::query& q) {
  const ast::query instance = q.instance->instance ? related_queryset(s, *q.instance) : *q.instance;
  if (instance.steps.empty() || !one_instance(instance.steps.back()))
    fail(error_code::bad_argument,
         fmt::format("'{}' is read on a model instance: the queryset before it must end with "
                     "get(), first(), last(), earliest(), latest() or an index [i]",
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
  const member* attribute = m.find(q.accessor);
  if (q.steps.empty() &&
      (q.accessor == "pk" || (attribute && attribute->what == member::kind::column)))
    fail(error_code::bad_argument,
         fmt::format("'{}' of a {} instance is a value, not a queryset: it can stand where a "
                     "value does (filter(x=...), F() arithmetic)",
                     q.accessor, m.name),
         q.accessor_span);
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
  ast::step filter = make_step(step_kind::filter, q.accessor_span);
  filter.args.push_back(back_to(m, instance, back, q.accessor_span));
  out.steps.reserve(q.steps.size() + 1);
  out.steps.push_back(std::move(filter));
  out.steps.insert(out.steps.end(), q.steps.begin(), q.steps.end());
  return out;
}

compiled_query compile_related_manager(const schema& s, const ast::query& q, dialect_id d,
                                       const compile_options& options, compile_trace* trace) {
  const ast::query related = related_queryset(s, q);
  return compile_traced(s, related, d, options, trace);
}

}  // namespace sqlweave::detail
