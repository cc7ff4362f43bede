// SPDX-License-Identifier: MIT
// The SELECT binder: annotate()/alias(), values()/values_list(), only()/defer(),
// select_related(), the SELECT list they make, and the GROUP BY an aggregate needs.
#include <fmt/format.h>

#include <algorithm>

#include "ir/visit.hpp"
#include "resolve/expressions.hpp"
#include "resolve/joins.hpp"
#include "resolve/query.hpp"
#include "resolve/types.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

std::string_view name_argument(const ast::node& n, std::string_view method) {
  if (is_text_literal(n)) return n.val.as_text();
  if (n.kind == ast::node_kind::field) return n.name;
  fail(error_code::bad_argument, fmt::format("{}() takes field names as strings", method), n.span);
}

// The model holding `name` as seen from `m` (a multi-table parent for an inherited field).
const model* owner_of(const schema& s, const model* m, std::string_view name,
                      const member** found) {
  const member* mem = m->find(name);
  while (mem && mem->what == member::kind::inherited) {
    m = &s.at(s.rel(mem->via).to_model);
    mem = m->find(name);
  }
  *found = mem;
  return m;
}

// The concrete field a member names: a column, or a forward relation's key; else null.
const field* field_of(const schema& s, const model& m, const member& mem) {
  if (mem.what == member::kind::column) return &m.fields[static_cast<std::size_t>(mem.index)];
  const relation& r = s.rel(mem.index);
  return r.how == relation::kind::forward ? &m.fields[static_cast<std::size_t>(r.field_index)]
                                          : nullptr;
}

// Left out by only() or defer(). As Django's deferred_to_data(), the names count per model,
// not per path: "author__name" names Customer.name wherever a Customer is loaded, and loads
// the relation's key and each model's primary key on the way.
bool deferred(const query_state& q, const model& m, const field& f) {
  const bool only = !q.only.empty();
  const auto& names = only ? q.only : q.defer;
  if (names.empty()) return false;
  const auto& s = q.lv.cx.s;
  bool mentioned = only && (&m == &q.lv.m || inherits_from(s, q.lv.m, m));
  // The primary keys kept are the queried model's and those of the models a path reaches:
  // a multi-table parent of the queried model loads only what is named of it.
  const bool is_pk = &f == &m.pk_field();
  bool kept = is_pk && &m == &q.lv.m, named = false;
  for (auto name : names) {
    const auto parts = split_path(name);
    const model* cur = &q.lv.m;
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
      const member* mem = nullptr;
      cur = owner_of(s, cur, parts[i], &mem);
      const relation& r = s.rel(mem->index);
      if (r.how == relation::kind::forward && cur == &m) {
        mentioned = mentioned || only;
        kept = kept || &f == field_of(s, *cur, *mem);
      }
      cur = &s.at(r.to_model);
      if (cur == &m) {
        mentioned = mentioned || only;
        kept = kept || is_pk;
      }
    }
    const member* mem = nullptr;
    cur = owner_of(s, cur, parts.back(), &mem);
    const field* target = field_of(s, *cur, *mem);
    if (!target || cur != &m) continue;
    mentioned = true;
    named = named || target == &f;
  }
  return mentioned && (only ? !named && !kept : named && !kept);
}

// The single-valued relations select_related() may follow from `m`, by name.
small<std::string_view> related_choices(const schema& s, const model& m) {
  small<std::string_view> choices;
  for (int ri : m.relations)
    if (!s.rel(ri).multi_valued)
      for (const auto& [name, mm] : m.members)
        if (mm.what == member::kind::relation && mm.index == ri) choices.push_back(name);
  std::sort(choices.begin(), choices.end());
  return choices;
}

// Checks every select_related() path before anything is joined, in the order given.
void check_related_path(query_state& q, const model& m, std::string_view path) {
  const auto& s = q.lv.cx.s;
  const model* from = &m;
  for (auto head : split_path(path)) {
    const member* mem = from->find(head);
    // A multi-table parent's relation: followed from the parent, through `<parent>_ptr`.
    while (mem && mem->what == member::kind::inherited) {
      from = &s.at(s.rel(mem->via).to_model);
      mem = from->find(head);
    }
    const relation* r = mem && mem->what == member::kind::relation ? &s.rel(mem->index) : nullptr;
    if (!r || r->multi_valued) {
      const auto choices = related_choices(s, *from);
      fail(error_code::bad_argument,
           fmt::format("invalid field name '{}' in select_related(); choices are: {}", head,
                       choices.empty() ? std::string("(none)")
                                       : fmt::format("{}", fmt::join(choices, ", "))));
    }
    if (r->how == relation::kind::forward &&
        deferred(q, *from, from->fields[static_cast<std::size_t>(r->field_index)]))
      fail(error_code::bad_argument,
           fmt::format("field {}.{} cannot be both deferred and traversed using "
                       "select_related() at the same time",
                       from->name, head));
    from = &s.at(r->to_model);
  }
}

// Django's get_related_selections(): the requested relations of `m` in the model's order,
// forward fields first (by declaration) and reverse one-to-ones after, each followed at once
// by what is requested below it. `paths` are the requests left below this model.
void select_related_tree(query_state& q, int table, const model& m,
                         const small<small<std::string_view>>& paths) {
  const auto& s = q.lv.cx.s;
  // Django's opts.fields lists a multi-table parent's fields first: its relations are joined
  // from the parent's table, through the `<parent>_ptr` join every use shares.
  for (int ri : m.relations) {
    const auto& ptr = s.rel(ri);
    if (ptr.how != relation::kind::forward ||
        !m.fields[static_cast<std::size_t>(ptr.field_index)].parent_link)
      continue;
    small<small<std::string_view>> inherited;
    for (const auto& p : paths) {
      const member* mem = m.find(p.front());
      if (mem && mem->what == member::kind::inherited && mem->via == ri) inherited.push_back(p);
    }
    if (inherited.empty()) continue;
    const int parent = join(q.lv, table, ri, true, nullptr);
    follow(q, parent, table, m.fields[static_cast<std::size_t>(ptr.field_index)].name);
    select_related_tree(q, parent, s.at(ptr.to_model), inherited);
  }
  small<int> order;
  for (int ri : m.relations)
    if (!s.rel(ri).multi_valued && s.rel(ri).how == relation::kind::forward) order.push_back(ri);
  stable_sort_small(order.begin(), order.end(),
                    [&](int a, int b) { return s.rel(a).field_index < s.rel(b).field_index; });
  for (int ri : m.relations)
    if (!s.rel(ri).multi_valued && s.rel(ri).how != relation::kind::forward) order.push_back(ri);
  for (int ri : order) {
    small<small<std::string_view>> below;
    std::string_view name;
    for (const auto& p : paths) {
      const member* mem = m.find(p.front());
      if (!mem || mem->what != member::kind::relation || mem->index != ri) continue;
      name = p.front();
      if (p.size() > 1) below.emplace_back(p.begin() + 1, p.end());
    }
    if (name.empty()) continue;
    const int t = join(q.lv, table, ri, true, nullptr);
    follow(q, t, table, name);
    const model& target = s.at(s.rel(ri).to_model);
    if (std::find(q.related_tables.begin(), q.related_tables.end(), t) == q.related_tables.end()) {
      q.related_tables.push_back(t);
      // A child reached from its parent (Person -> writer) loads only its own columns.
      const bool to_child =
          s.rel(ri).how == relation::kind::reverse &&
          target.fields[static_cast<std::size_t>(s.rel(ri).field_index)].parent_link;
      add_model_columns(q, t, target, true, to_child ? &m : nullptr);
    }
    select_related_tree(q, t, target, below);
  }
}

void select_related_paths(query_state& q) {
  // Most querysets name no relation: the tree walk over the model's relations would find none.
  if (q.select_related.empty()) return;
  small<small<std::string_view>> paths;
  for (auto path : q.select_related) {
    check_related_path(q, q.lv.m, path);
    const auto parts = split_path(path);
    paths.emplace_back(parts.begin(), parts.end());
  }
  select_related_tree(q, 0, q.lv.m, paths);
}

void select_related_all(query_state& q, int table, const model& m, int depth) {
  // select_related() without names: every non-null forward FK, recursively (Django's depth 5).
  if (depth >= 5) return;
  for (int ri : m.relations) {
    const auto& r = q.lv.cx.s.rel(ri);
    if (r.how != relation::kind::forward || r.nullable) continue;
    const int t = join(q.lv, table, ri, true, nullptr);
    follow(q, t, table, m.fields[static_cast<std::size_t>(r.field_index)].name);
    q.related_tables.push_back(t);
    add_model_columns(q, t, q.lv.cx.s.at(r.to_model), true);
    select_related_all(q, t, q.lv.cx.s.at(r.to_model), depth + 1);
  }
}

}  // namespace

bool inherits_from(const schema& s, const model& child, const model& ancestor) {
  for (int link : child.parents) {
    const member* mem = child.find(child.fields[static_cast<std::size_t>(link)].name);
    const model& parent = s.at(s.rel(mem->index).to_model);
    if (&parent == &ancestor || inherits_from(s, parent, ancestor)) return true;
  }
  return false;
}

ir::expr* annotation_value(query_state& q, const ast::node& e) {
  return field_or_expression(q.lv, e, use_site{}, nullptr);
}

namespace {

// annotate(x=1) is no expression for Django: a value needs Value().
void check_expression(const ast::node& e, std::string_view method) {
  if (e.kind == ast::node_kind::literal && !is_text_literal(e))
    fail(error_code::bad_argument,
         fmt::format("{}() received a non-expression: write Value(...) for a value", method),
         e.span);
}

}  // namespace

namespace {

// An aggregate annotation (or alias) groups by model rows, or in values() mode by the values
// selected at this point, as Django's _annotate() sets query.group_by.
void freeze_grouping(query_state& q) {
  q.grouped_by_values = q.values_mode;
  q.group_values.clear();
  if (!q.values_mode) return;
  for (const auto& v : q.values)
    if (!v.value->has_aggregate) q.group_values.push_back(v.value);
}

}  // namespace

void add_annotations(query_state& q, const ast::step& st, bool selected) {
  auto add = [&](std::string_view name, const ast::node& e, source_span span) {
    check_alias(name, span);
    if (is_filtered_relation(e)) return add_filtered_relation(q, name, e, span);
    check_expression(e, selected ? "annotate" : "alias");
    // Django checks the model's names, or after values() only the names it selected.
    const bool taken = q.values_mode ? std::find(q.values_names.begin(), q.values_names.end(),
                                                 name) != q.values_names.end()
                                     : q.lv.m.find(name) != nullptr;
    if (taken)
      fail(error_code::bad_argument,
           fmt::format("the annotation '{}' conflicts with a field on {}", name, q.lv.m.name),
           span);
    ir::expr* x = annotation_value(q, e);
    // Annotating a name again replaces the annotation where it stands, as Django's dict does.
    for (auto& a : q.lv.annotations)
      if (a.name == name) {
        a = {name, x, selected};
        return;
      }
    q.lv.annotations.push_back({name, x, selected});
    if (q.values_mode && selected) q.values.push_back({name, x, {}, {}});
    if (x->has_aggregate) freeze_grouping(q);
  };
  for (const auto& a : st.args) {
    const auto name = default_alias(q.lv, *a);
    for (const auto& kw : st.kwargs)
      if (kw.name == name)
        fail(error_code::bad_argument,
             fmt::format("the named annotation '{}' conflicts with the default name of another",
                         name),
             kw.span);
    add(name, *a, a->span);
  }
  for (const auto& kw : st.kwargs) add(kw.name, *kw.value, kw.span);
}

void set_values(query_state& q, const ast::step& st) {
  const bool list = st.kind == ast::step_kind::values_list;
  const std::string_view method = list ? "values_list" : "values";
  q.values_mode = true;
  q.values.clear();
  q.values_names.clear();
  for (const auto& a : st.args)
    if (is_text_literal(*a) || a->kind == ast::node_kind::field)
      q.values_names.push_back(name_argument(*a, method));
  for (const auto& kw : st.kwargs)
    if (!list) q.values_names.push_back(kw.name);
  bool flat = false, named = false;
  for (const auto& kw : st.kwargs) {
    if (!list || (kw.name != "flat" && kw.name != "named")) continue;
    // values_list()'s flat= and named= shape the rows a driver returns, not the SQL.
    const ast::node& v = *kw.value;
    if (v.kind != ast::node_kind::literal || v.val.kind() != value_kind::boolean)
      fail(error_code::bad_argument, fmt::format("{}= takes True or False", kw.name), kw.span);
    (kw.name == "flat" ? flat : named) = v.val.as_bool();
  }
  if (flat && named)
    fail(error_code::bad_argument, "values_list(): 'flat' and 'named' can't be used together",
         st.span);
  if (flat && st.args.size() > 1)
    fail(error_code::bad_argument, "values_list(flat=True) is only for a single field", st.span);
  std::size_t expression_count = 0;
  for (const auto& a : st.args) {
    if (list && !is_text_literal(*a) && a->kind != ast::node_kind::field) {
      // values_list(Lower("name")): an expression gets a name as Django makes one, its
      // aggregate's default alias or its class name lowercased, numbered from 1.
      check_expression(*a, method);
      const std::string prefix = alias_prefix(*a);
      std::string alias;
      do {
        alias = fmt::format("{}{}", prefix, ++expression_count);
      } while (std::any_of(q.values.begin(), q.values.end(),
                           [&](const auto& v) { return v.name == alias; }));
      ir::expr* x = annotation_value(q, *a);
      const auto name = q.lv.text(alias);
      q.lv.annotations.push_back({name, x, true});
      q.values.push_back({name, x, {}, {}});
      continue;
    }
    const auto name = name_argument(*a, method);
    if (const auto* ann = q.lv.find_annotation(name)) {
      if (!ann->selected)
        fail(error_code::bad_argument,
             fmt::format("cannot select the alias '{}': use annotate() to select it", name),
             a->span);
      q.values.push_back({name, ann->value, {}, {}});
      continue;
    }
    path_end end;
    ir::expr* e = field_ref(q.lv, name, a->span, use_site{}, nullptr, &end);
    const ir::table_ref* table =
        end.table >= 0 ? q.lv.sel->tables[static_cast<std::size_t>(end.table)] : nullptr;
    const std::string_view model = table && table->model >= 0
                                       ? std::string_view(q.lv.cx.s.at(table->model).name)
                                       : std::string_view{};
    q.values.push_back(
        {name, e, model, end.target ? std::string_view(end.target->name) : std::string_view{}});
  }
  bool expressions = false;
  for (const auto& kw : st.kwargs) {
    if (list && (kw.name == "flat" || kw.name == "named")) continue;
    if (list)
      fail(error_code::bad_argument,
           fmt::format("values_list() got an unexpected keyword argument '{}'", kw.name), kw.span);
    expressions = true;
    check_alias(kw.name, kw.span);
    check_expression(*kw.value, method);
    if (q.lv.m.find(kw.name))
      fail(error_code::bad_argument,
           fmt::format("the expression '{}' conflicts with a field on {}", kw.name, q.lv.m.name),
           kw.span);
    ir::expr* x = annotation_value(q, *kw.value);
    q.lv.annotations.push_back({kw.name, x, true});
    q.values.push_back({kw.name, x, {}, {}});
  }
  if (st.args.empty() && !expressions) {
    // Django's set_values() without names: extra(select=), the fields, the annotations.
    for (const auto& a : q.lv.annotations)
      if (a.selected && a.extra) q.values.push_back({a.name, a.value, {}, {}});
    for (int f : q.lv.m.columns) {
      const field& fd = q.lv.m.fields[static_cast<std::size_t>(f)];
      // Django keys each row by the field's attname: `author_id`, whatever db_column says.
      const std::string_view key =
          fd.is_forward_single() ? q.lv.text(fd.name + "_id") : std::string_view(fd.name);
      q.values.push_back({key, q.lv.column(0, fd.column, &fd), q.lv.m.name, fd.name});
    }
    for (const auto& a : q.lv.annotations)
      if (a.selected && !a.extra) q.values.push_back({a.name, a.value, {}, {}});
  }
  if (!list) {
    // values() selects extra(select=) first, then the fields, then the annotations in the order
    // they were made (Django's extra_select, values_select, annotation_select); values_list()
    // keeps the order given.
    auto rank = [&](const value_column& v) {
      const auto& anns = q.lv.annotations;
      for (std::size_t i = 0; i < anns.size(); ++i)
        if (anns[i].name == v.name && anns[i].value == v.value)
          return anns[i].extra ? i : anns.size() + 1 + i;
      return anns.size();
    };
    stable_sort_small(
        q.values.begin(), q.values.end(),
        [&](const value_column& a, const value_column& b) { return rank(a) < rank(b); });
  }
}

// Whether only()/defer() leave any column of `m` or of its multi-table parents to load.
bool loads_any(const query_state& q, const model& m) {
  const auto& s = q.lv.cx.s;
  for (int f : m.columns)
    if (!deferred(q, m, m.fields[static_cast<std::size_t>(f)])) return true;
  for (int link : m.parents) {
    const member* mem = m.find(m.fields[static_cast<std::size_t>(link)].name);
    if (loads_any(q, s.at(s.rel(mem->index).to_model))) return true;
  }
  return false;
}

void add_model_columns(query_state& q, int table, const model& m, bool apply_only_defer,
                       const model* loaded) {
  const auto& s = q.lv.cx.s;
  // Multi-table inheritance: the parents' columns first, joined through each `<parent>_ptr`;
  // not those of a parent already loaded (`loaded` and what it inherits from), nor of a
  // parent only()/defer() leave nothing of.
  for (int link : m.parents) {
    const member* mem = m.find(m.fields[static_cast<std::size_t>(link)].name);
    const model& parent = s.at(s.rel(mem->index).to_model);
    if (loaded && (loaded == &parent || inherits_from(s, *loaded, parent))) continue;
    if (apply_only_defer && !loads_any(q, parent)) continue;
    const int t = join(q.lv, table, mem->index, true, nullptr);
    follow(q, t, table, m.fields[static_cast<std::size_t>(link)].name);
    add_model_columns(q, t, parent, apply_only_defer, loaded);
  }
  // Room for the model at once: the arena keeps every smaller buffer the list outgrows.
  auto& items = q.lv.sel->items;
  const std::size_t needed = items.size() + m.columns.size();
  if (needed > items.capacity()) items.reserve(std::max(needed, 2 * items.capacity()));
  const bool defers = apply_only_defer && (!q.only.empty() || !q.defer.empty());
  const ir::table_ref* t = q.lv.sel->tables[static_cast<std::size_t>(table)];
  // The model's own table: the ready texts are looked up once for all of its columns.
  const auto ready = q.lv.ready_columns(table, m);
  for (int f : m.columns) {
    const field& fd = m.fields[static_cast<std::size_t>(f)];
    if (defers && deferred(q, m, fd)) continue;
    ir::expr* e = ready.empty() ? q.lv.column_of(t, fd.column, &fd)
                                : q.lv.ready_column(t, fd, ready[static_cast<std::size_t>(f)]);
    items.push_back({e, {}, m.name, fd.name});
  }
}

void build_select_list(query_state& q) {
  auto& items = q.lv.sel->items;
  items.clear();
  q.followed.clear();
  if (q.values_mode) {
    for (const auto& v : q.values) {
      const bool plain = v.value->is<ir::column>() && !v.field.empty();
      items.push_back({v.value, plain ? std::string_view{} : v.name, v.model, v.field, v.name});
    }
  } else {
    // Django's get_select(): extra(select=), the model's columns, the annotations, then
    // select_related's.
    for (const auto& a : q.lv.annotations)
      if (a.extra) items.push_back({a.value, a.name, {}, {}});
    add_model_columns(q, 0, q.lv.m, true);
    for (const auto& a : q.lv.annotations)
      if (a.selected && !a.extra) items.push_back({a.value, a.name, {}, {}});
    if (q.select_related_all) select_related_all(q, 0, q.lv.m, 0);
    select_related_paths(q);
  }
  // A selected column is read back through its output field, which must be known.
  for (const auto& item : items) require_type(*item.value);
}

// Calls add(e) for each value without an aggregate under the conditions of `e`, aggregates
// themselves left out.
template <class Add>
void having_values(ir::expr* e, Add& add) {
  if (e->is<ir::aggregate>()) return;
  if (!e->has_aggregate && !e->conditional) return add(e);
  auto one = [&](ir::expr* c) {
    if (c) having_values(c, add);
  };
  auto many = [&](ir::exprs list) {
    for (ir::expr* c : list) having_values(c, add);
  };
  auto whens = [&](std::span<const ir::when_clause> list) {
    for (const auto& w : list) {
      one(w.condition);
      one(w.result);
    }
  };
  auto orders = [](std::span<const ir::order_item>) {};
  auto pieces = [](std::span<const ir::raw_piece>) {};
  std::visit([&](auto& n) { ir::children(n, one, many, whens, orders, pieces); }, e->form);
}

// Django's collapse_group_by() where the backend allows_group_by_pk: once the base table's key
// is grouped, it stands for the columns of each table whose key is grouped and for expressions
// over no one table; HAVING's values stay.
void group_by_key(query_state& q, std::span<ir::expr* const> from_having) {
  auto& group = q.lv.sel->group_by;
  auto keyed_table = [&](const ir::expr* e) -> const ir::table_ref* {
    const auto* c = e->as<ir::column>();
    if (!c || !c->table || c->table->model < 0) return nullptr;
    return q.lv.cx.s.at(c->table->model).pk_field().column == c->name ? c->table : nullptr;
  };
  ir::expr* base_key = nullptr;
  small<const ir::table_ref*> keyed;
  for (auto* g : group)
    if (const auto* t = keyed_table(g)) {
      keyed.push_back(t);
      if (t == q.lv.sel->tables[0] && !base_key) base_key = g;
    }
  if (!base_key) return;
  std::pmr::vector<ir::expr*> kept(group.get_allocator());
  kept.push_back(base_key);
  for (auto* g : group) {
    if (g == base_key) continue;
    const auto* c = g->as<ir::column>();
    const bool other_table =
        c && c->table && std::find(keyed.begin(), keyed.end(), c->table) == keyed.end();
    const bool in_having = std::any_of(from_having.begin(), from_having.end(),
                                       [&](const ir::expr* h) { return same_value(h, g); });
    if (other_table || in_having) kept.push_back(g);
  }
  group = std::move(kept);
}

bool grouped(const query_state& q) {
  // An aggregate annotation groups the query even when values() leaves it out of the SELECT.
  for (const auto& a : q.lv.annotations)
    if (a.value->has_aggregate) return true;
  for (const auto& item : q.lv.sel->items)
    if (item.value->has_aggregate) return true;
  return q.lv.sel->having != nullptr;
}

void build_group_by(query_state& q) {
  if (!grouped(q)) return;
  auto& group = q.lv.sel->group_by;
  // An OuterRef() is a column of an enclosing query's table: one value per group, which
  // Django's ResolvedOuterRef.get_group_by_cols() leaves out.
  auto outer = [&](const ir::expr* e) {
    const auto* c = e->as<ir::column>();
    const auto& own = q.lv.sel->tables;
    return c && c->table && std::find(own.begin(), own.end(), c->table) == own.end();
  };
  auto add = [&](ir::expr* e) {
    if (e->has_aggregate || e->has_window || e->is<ir::parameter>() || e->is<ir::null_literal>() ||
        outer(e))
      return;
    for (auto* g : group)
      if (same_value(g, e)) return;
    group.push_back(e);
  };
  // Django's get_group_by_cols(): an expression with an aggregate inside groups by the values
  // around its aggregates (Case(When(rel__isnull=True, ...), default=Max(...)) by rel's key).
  auto add_around = [&](ir::expr* e) {
    if (e->has_aggregate && !e->has_window) return having_values(e, add);
    add(e);
  };
  if (q.grouped_by_values) {
    for (auto* e : q.group_values) add(e);
    for (const auto& v : q.values) add_around(v.value);
  } else {
    // Plain annotate(): one group per model row, so every model column is grouped.
    for (int f : q.lv.m.columns) {
      const field& fd = q.lv.m.fields[static_cast<std::size_t>(f)];
      add(q.lv.column(0, fd.column, &fd));
    }
    for (const auto& item : q.lv.sel->items) add_around(item.value);
  }
  for (const auto& o : q.lv.sel->order_by) {
    const auto* ref = o.value->as<ir::alias_ref>();
    add(ref ? ref->target : o.value);
  }
  // Django's having.get_group_by_cols(): the plain values HAVING compares
  // (filter(Q(n__gt=3) | Q(rel__flag=False)) groups by rel.flag too).
  small<ir::expr*> from_having;
  auto keep = [&](ir::expr* e) {
    from_having.push_back(e);
    add(e);
  };
  if (q.lv.sel->having) having_values(q.lv.sel->having, keep);
  if (q.lv.cx.dialect.group_by_pk) group_by_key(q, view(from_having));
}

}  // namespace sqlweave::resolve
