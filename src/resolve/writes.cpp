// SPDX-License-Identifier: MIT
// Writes: update(), create()/bulk_create() (batched, with conflict handling), bulk_update().
#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "ir/visit.hpp"
#include "related_manager.hpp"
#include "resolve/expressions.hpp"
#include "resolve/lookups.hpp"
#include "resolve/query.hpp"
#include "resolve/types.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

bool flag_of(const std::vector<ast::kwarg>& kwargs, std::string_view name) {
  const ast::node* n = keyword_value(kwargs, name);
  if (!n) return false;
  if (n->kind != ast::node_kind::literal || n->val.kind() != value_kind::boolean)
    fail(error_code::bad_argument, fmt::format("{}= takes True or False", name), n->span);
  return n->val.as_bool();
}

// batch_size=: 0 or None means no batching for bulk_update() (`zero_is_none`), as in Django.
std::int64_t batch_size_of(const std::vector<ast::kwarg>& kwargs, bool zero_is_none) {
  const ast::node* n = keyword_value(kwargs, "batch_size");
  if (!n || (n->kind == ast::node_kind::literal && n->val.is_null())) return 0;
  const std::int64_t least = zero_is_none ? 0 : 1;
  if (n->kind != ast::node_kind::literal || n->val.kind() != value_kind::integer ||
      n->val.as_int() < least)
    fail(error_code::bad_argument,
         zero_is_none ? "batch_size= takes a non-negative integer"
                      : "batch_size= takes a positive integer",
         n->span);
  return n->val.as_int();
}

std::vector<std::string_view> names_of(const ast::node* list, std::string_view what) {
  std::vector<std::string_view> out;
  if (!list) return out;
  if (list->kind != ast::node_kind::list)
    fail(error_code::bad_argument, fmt::format("{} takes a list of field names", what), list->span);
  for (const auto& item : list->args) {
    if (!is_text_literal(*item))
      fail(error_code::bad_argument, fmt::format("{} takes field names as strings", what),
           item->span);
    out.push_back(item->val.as_text());
  }
  return out;
}

// The model whose table holds `name` for `m`: `m` itself, or the multi-table parent (or its
// parent ...) that declares it.
int owner_of(const schema& s, int model_index, std::string_view name) {
  for (int depth = 0; depth < 16; ++depth) {
    const member* mem = s.at(model_index).find(name);
    if (!mem || mem->what != member::kind::inherited) return model_index;
    model_index = s.rel(mem->via).to_model;
  }
  fail(error_code::limit_exceeded, "multi-table inheritance more than 16 levels deep");
}

// A column of `owner` (the queryset's model or one of its multi-table parents) that a write may
// set: concrete, not the auto key (unless `allow_pk`).
const field& owned_field(query_state& q, int owner, std::string_view name, source_span span,
                         bool allow_pk) {
  const model& m = q.lv.cx.s.at(owner);
  const member* mem = m.find(name);
  if (!mem) q.lv.unknown_name(name, span, q.lv.m);
  const relation* r = mem->what == member::kind::relation ? &q.lv.cx.s.rel(mem->index) : nullptr;
  if (r && (r->how != relation::kind::forward || r->from_model != owner))
    fail(error_code::bad_argument,
         fmt::format("'{}' is a many-to-many or reverse relation and cannot be written here", name),
         span);
  const int index = r ? r->field_index : mem->index;
  const field& f = m.fields[static_cast<std::size_t>(index)];
  if (!allow_pk && f.primary_key && f.is_auto())
    fail(error_code::bad_argument,
         fmt::format("'{}' is the auto-increment primary key of {} and is read-only", name, m.name),
         span);
  return f;
}

// A column of the queryset's own table that a write may set (inserts and bulk_update() write
// one table).
const field& writable_field(query_state& q, std::string_view name, source_span span,
                            bool allow_pk) {
  const model& m = q.lv.m;
  if (owner_of(q.lv.cx.s, q.lv.model_index, name) != q.lv.model_index)
    fail(error_code::unsupported,
         fmt::format("'{}' is a field of a multi-table parent of {}; write it through the parent "
                     "model",
                     name, m.name),
         span);
  return owned_field(q, q.lv.model_index, name, span, allow_pk);
}

// A value for a column of the base table: literals become typed parameters; expressions may
// read this row's columns but may not join other tables (Django forbids joined references).
ir::expr* write_value(query_state& q, const field& f, const ast::node& v) {
  level& lv = q.lv;
  if (!f.is_relation() && detail::instance_model(lv.cx.s, v) >= 0)
    fail(error_code::bad_value,
         fmt::format("Tried to update field {}.{} with a model instance. Use a value compatible "
                     "with {}.",
                     lv.m.name, f.name, to_string(f.type)),
         v.span);
  // Django writes any instance's key here; one of another model is a meaningless key.
  if (f.is_relation()) check_instance(lv, v, f.target_model, f.name);
  if (v.kind == ast::node_kind::literal) {
    if (v.val.is_null()) {
      if (!f.null)
        fail(error_code::bad_value, fmt::format("field '{}' is not nullable", f.name), v.span);
      return lv.null();
    }
    ir::expr* column = lv.column(0, f.column, &stored_field(lv.cx.s, f));
    return value_for(lv, v, *column, &f, catalog::lookup::exact);
  }
  const std::size_t tables = lv.sel->tables.size();
  ir::expr* e = annotation_value(q, v);
  if (lv.sel->tables.size() != tables || e->has_aggregate)
    fail(error_code::bad_argument,
         fmt::format("the value of '{}' may not reference joined fields or aggregates", f.name),
         v.span);
  if (e->is<ir::named_parameter>() && !e->type) {
    ir::expr* typed = lv.cx.mem.make<ir::expr>(*e);
    typed->type = f.type;
    return typed;
  }
  return e;
}

bool is_null_literal(const ast::node& v) {
  return v.kind == ast::node_kind::literal && v.val.is_null();
}

// Whether `object` sets `f` by its field name (`category=`), not its column (`category_id=`).
bool kw_names_field(const ast::node& object, const field& f) {
  return std::any_of(object.kwargs.begin(), object.kwargs.end(),
                     [&](const auto& kw) { return kw.name == f.name; });
}

ir::exprs insert_row(query_state& q, const ast::node& object,
                     const std::vector<const field*>& fields) {
  for (const auto& kw : object.kwargs) {
    const bool known =
        kw.name == "pk" || std::any_of(fields.begin(), fields.end(), [&](const field* f) {
          return f->name == kw.name || f->column == kw.name;
        });
    if (!known) writable_field(q, kw.name, kw.span, true);  // names the problem: unknown, M2M, ...
  }
  small<ir::expr*, 16> row;
  for (const field* f : fields) {
    const ast::node* v = nullptr;
    for (const auto& kw : object.kwargs)
      if (kw.name == f->name || kw.name == f->column || (kw.name == "pk" && f->primary_key))
        v = kw.value.get();
    if (v) {
      if (f->is_relation() && kw_names_field(object, *f) && !is_null_literal(*v))
        fail(error_code::bad_value,
             fmt::format("{}.{} takes a {} instance, which a query cannot hold: set {} instead",
                         q.lv.m.name, f->name, q.lv.cx.s.at(f->target_model).name, f->column),
             v->span);
      ir::expr* e = write_value(q, *f, *v);
      if (ir::references_columns(*e))
        fail(error_code::bad_argument,
             fmt::format("F() and column references can only update rows, not insert them "
                         "('{}')",
                         f->name),
             v->span);
      row.push_back(e);
    } else if (f->default_value) {
      row.push_back(q.lv.param(&*f->default_value, f->type));
    } else if (f->null) {
      row.push_back(q.lv.null());
    } else if (class_of(f->type) == type_class::text) {
      static const value empty{""};
      row.push_back(q.lv.param(&empty, f->type));  // Django's default for string fields
    } else {
      fail(error_code::bad_value,
           fmt::format("{}() has no value for '{}', which has no default and is not nullable",
                       q.lv.m.name, f->name),
           object.span);
    }
  }
  return q.lv.cx.mem.list(row);
}

std::span<const std::string_view> columns_of(query_state& q, std::vector<std::string_view> names,
                                             source_span span) {
  small<std::string_view> columns;
  for (auto name : names) columns.push_back(writable_field(q, name, span, true).column);
  return q.lv.cx.mem.list(columns);
}

}  // namespace

void check_not_sliced(const query_state& q) {
  if (q.sliced)
    fail(error_code::bad_argument, "cannot update or delete once a slice has been taken");
}

ir::expr* rows_predicate(query_state& q, const ast::query& source) {
  // The rows a queryset selects, as a WHERE clause on its bare table: its own conditions when
  // they need no join, else primary key IN (a subquery of the same queryset).
  level& lv = q.lv;
  if (lv.sel->tables.size() == 1) {
    small<ir::expr*> kept;
    for (ir::expr* c : lv.where)
      if (ir::expr* k = without_every_row(lv, c)) kept.push_back(k);
    return lv.all_of(view(kept));
  }
  query_state inner(lv.cx, lv.model_index, &lv);
  apply_manager(inner, source);
  for (const auto& st : source.steps)
    if (st.kind < ast::step_kind::aggregate) apply_step(inner, st);
  inner.values_mode = false;  // the rows are named by their primary key, whatever values() chose
  inner.values.clear();
  finish_subquery(inner, false);
  const field& pk = lv.m.pk_field();
  return lv.in_subquery(lv.column(0, pk.column, &pk), inner.lv.sel, true);
}

write_plan plan_update(query_state& q, const ast::query& source, const ast::step& st) {
  check_not_sliced(q);
  level& lv = q.lv;
  const auto& s = lv.cx.s;
  // Django's SQLUpdateCompiler: the queryset's own table first, then one UPDATE per multi-table
  // parent whose fields are set (its related_updates, in the order their fields come), keyed by
  // the queryset's primary keys, which a parent link shares with its parent's.
  // On the stack at the usual one or two owners: a plain update() allocates no list of them.
  // A parent's values are read in its own UPDATE, so F() there names the parent's columns (a
  // child's column is unknown there, as in Django's related update).
  small<int, 2> owners{lv.model_index};
  small<small<ir::assignment>, 2> sets(1);
  std::vector<std::unique_ptr<query_state>> parent_rows;
  for (const auto& kw : st.kwargs) {
    const int owner = owner_of(s, lv.model_index, kw.name);
    const auto at = std::find(owners.begin(), owners.end(), owner);
    const std::size_t i = static_cast<std::size_t>(at - owners.begin());
    if (at == owners.end()) {
      owners.push_back(owner);
      sets.emplace_back();
      parent_rows.push_back(std::make_unique<query_state>(lv.cx, owner, nullptr));
    }
    query_state& in = i == 0 ? q : *parent_rows[i - 1];
    const field& f = owned_field(in, owner, kw.name, kw.span, false);
    sets[i].push_back({f.column, write_value(in, f, *kw.value)});
  }
  write_plan out;
  // Nothing to set, or no row to set it in: Django's compiler runs no statement and returns 0.
  if (st.kwargs.empty() || selects_nothing(q)) return out;
  ir::expr* where = rows_predicate(q, source);
  if (!sets[0].empty()) out.emplace_back(ir::update{lv.m.db_table, lv.cx.mem.list(sets[0]), where});
  if (owners.size() == 1) return out;
  ir::select* keys = lv.new_select();
  keys->tables.push_back(lv.sel->tables[0]);
  const field& pk = lv.m.pk_field();
  keys->items.push_back({lv.column(0, pk.column, &pk), {}, {}, {}});
  keys->where = where;
  for (std::size_t i = 1; i < owners.size(); ++i) {
    const model& parent = s.at(owners[i]);
    level& plv = parent_rows[i - 1]->lv;
    const field& parent_pk = parent.pk_field();
    ir::expr* key = plv.column(0, parent_pk.column, &parent_pk);
    // Django returns the rows its first UPDATE changed; the parents' counts are not added.
    out.emplace_back(ir::update{parent.db_table, lv.cx.mem.list(sets[i]),
                                lv.in_subquery(key, keys, true), out.empty()});
  }
  return out;
}

write_plan plan_insert(query_state& q, const ast::step& st) {
  const model& m = q.lv.m;
  std::vector<const ast::node*> objects;
  static const std::vector<ast::kwarg> no_options;
  const std::vector<ast::kwarg>* options_ptr = &no_options;
  ast::node single;
  if (st.kind == ast::step_kind::create) {
    single.kind = ast::node_kind::call;
    single.name = m.name;
    single.kwargs = st.kwargs;
    single.span = st.span;
    objects.push_back(&single);
  } else {
    if (st.args.size() != 1 || st.args[0]->kind != ast::node_kind::list)
      fail(error_code::bad_argument, "bulk_create() takes a list of objects", st.span);
    objects.reserve(st.args[0]->args.size());
    for (const auto& o : st.args[0]->args) objects.push_back(o.get());
    options_ptr = &st.kwargs;
    // Django's checks before it looks at the objects (batch_size=, then the model: a proxy of
    // a plain model passes).
    batch_size_of(st.kwargs, false);
    if (!q.lv.cx.s.at(m.concrete).parents.empty())
      fail(error_code::bad_argument,
           fmt::format("cannot bulk_create() {} rows: a multi-table inherited model", m.name),
           st.span);
    if (objects.empty()) return {};  // Django returns the empty list and runs nothing
  }
  for (const auto* o : objects)
    if ((o->kind != ast::node_kind::call && o->kind != ast::node_kind::object) ||
        o->name != m.name || !o->args.empty())
      fail(error_code::bad_argument, fmt::format("expected {}(field=value, ...)", m.name), o->span);

  const auto& options = *options_ptr;
  const bool ignore = flag_of(options, "ignore_conflicts");
  const bool upsert = flag_of(options, "update_conflicts");
  if (ignore && upsert)
    fail(error_code::bad_argument, "ignore_conflicts and update_conflicts are mutually exclusive",
         st.span);
  const auto update_fields = names_of(keyword_value(options, "update_fields"), "update_fields");
  const auto unique_fields = names_of(keyword_value(options, "unique_fields"), "unique_fields");
  if (upsert && update_fields.empty())
    fail(error_code::bad_argument, "update_conflicts=True needs update_fields", st.span);
  if (!upsert && !update_fields.empty())
    fail(error_code::bad_argument, "update_fields goes with update_conflicts=True", st.span);
  if (!ignore && !upsert && !unique_fields.empty())
    fail(error_code::bad_argument, "unique_fields goes with ignore_conflicts or update_conflicts",
         st.span);
  const auto& d = q.lv.cx.dialect;
  const bool needs_target =
      (upsert && d.conflicts == render::conflict_target::update_needs_fields) ||
      ((ignore || upsert) && d.conflicts == render::conflict_target::always_fields);
  if (needs_target && unique_fields.empty())
    fail(error_code::bad_argument,
         fmt::format("{} needs unique_fields with {}=True", d.name,
                     upsert ? "update_conflicts" : "ignore_conflicts"),
         st.span);

  // Objects that set the primary key and objects that leave it to the database are inserted in
  // separate statements, as Django does.
  const field& pk = m.pk_field();
  auto sets_pk = [&](const ast::node* o) {
    return std::any_of(o->kwargs.begin(), o->kwargs.end(),
                       [&](const auto& k) { return k.name == pk.name || k.name == "pk"; });
  };
  write_plan out;
  for (const bool with_pk : {true, false}) {
    std::vector<const ast::node*> group;
    group.reserve(objects.size());
    for (const auto* o : objects)
      if (sets_pk(o) == with_pk) group.push_back(o);
    if (group.empty()) continue;
    std::vector<const field*> fields;
    small<std::string_view, 16> columns;
    for (int f : m.columns) {
      const field& fd = m.fields[static_cast<std::size_t>(f)];
      if (fd.primary_key && fd.is_auto() && !with_pk) continue;
      fields.push_back(&fd);
      columns.push_back(fd.column);
    }
    // No column but the auto key: Django names the key and writes its default (empty rows).
    if (fields.empty()) columns.push_back(pk.column);
    const std::size_t per_row = std::max<std::size_t>(1, fields.size());
    std::size_t batch = d.max_parameters / per_row;
    if (const auto user = batch_size_of(options, false); user > 0)
      batch = std::min<std::size_t>(batch, static_cast<std::size_t>(user));
    for (std::size_t start = 0; start < group.size(); start += batch) {
      std::vector<ir::exprs> rows;
      for (std::size_t i = start; i < std::min(group.size(), start + batch); ++i)
        rows.push_back(insert_row(q, *group[i], fields));
      ir::insert ins;
      ins.table = m.db_table;
      ins.columns = q.lv.cx.mem.list(columns);
      ins.rows = q.lv.cx.mem.list(rows);
      if (ignore) ins.conflict = ir::conflict_action::ignore;
      if (upsert) {
        ins.conflict = ir::conflict_action::update;
        ins.update_columns = columns_of(q, update_fields, st.span);
      }
      ins.unique_columns = columns_of(q, unique_fields, st.span);
      if (!with_pk && !ignore) ins.returning = pk.column;
      out.emplace_back(ins);
    }
  }
  return out;
}

write_plan plan_bulk_update(query_state& q, const ast::step& st) {
  level& lv = q.lv;
  const model& m = lv.m;
  if (st.args.size() != 2 || st.args[0]->kind != ast::node_kind::list)
    fail(error_code::bad_argument,
         "bulk_update() takes a list of objects and a list of field names", st.span);
  const auto names = names_of(st.args[1].get(), "bulk_update()");
  if (names.empty())
    fail(error_code::bad_argument, "bulk_update() needs at least one field name", st.args[1]->span);
  std::vector<const field*> fields;
  for (auto n : names) fields.push_back(&writable_field(q, n, st.args[1]->span, false));
  const field& pk = m.pk_field();
  const auto& objects = st.args[0]->args;
  // Each object costs a key and a value per field, and a key in the IN list.
  std::size_t batch = lv.cx.dialect.max_parameters / (2 * fields.size() + 1);
  if (const auto user = batch_size_of(st.kwargs, true); user > 0)
    batch = std::min<std::size_t>(batch, static_cast<std::size_t>(user));
  write_plan out;
  for (std::size_t start = 0; start < objects.size(); start += batch) {
    const std::size_t end = std::min(objects.size(), start + batch);
    std::vector<const ast::node*> key_of(end - start);
    small<ir::expr*, 16> keys;
    for (std::size_t i = start; i < end; ++i) {
      const ast::node& o = *objects[i];
      if (o.kind != ast::node_kind::call || o.name != m.name)
        fail(error_code::bad_argument, fmt::format("expected {}(pk=..., field=value, ...)", m.name),
             o.span);
      for (const auto& kw : o.kwargs)
        if (kw.name == "pk" || kw.name == pk.name) key_of[i - start] = kw.value.get();
      if (!key_of[i - start])
        fail(error_code::bad_argument, "bulk_update() objects need their primary key", o.span);
      keys.push_back(write_value(q, pk, *key_of[i - start]));
    }
    small<ir::assignment> sets;
    for (const field* f : fields) {
      small<ir::when_clause, 16> whens;
      for (std::size_t i = start; i < end; ++i) {
        const ast::node& o = *objects[i];
        const ast::node* v = nullptr;
        for (const auto& kw : o.kwargs)
          if (kw.name == f->name || kw.name == f->column) v = kw.value.get();
        if (!v)
          fail(error_code::bad_argument,
               fmt::format("bulk_update() object has no value for '{}'", f->name), o.span);
        ir::expr* when = lv.compare(ir::compare_op::eq, lv.column(0, pk.column, &pk),
                                    write_value(q, pk, *key_of[i - start]));
        whens.push_back({when, write_value(q, *f, *v)});
      }
      // Each THEN value is cast to the column type where the database needs it.
      const auto* typed = lv.cx.mem.make<ir::cast_target>(ir::cast_target{f->type});
      ir::expr* c = lv.cx.mem.node(ir::case_when{lv.cx.mem.list(whens), nullptr, typed});
      c->type = f->type;
      sets.push_back({f->column, c});
    }
    ir::expr* in =
        predicate(lv, ir::in_list{lv.column(0, pk.column, &pk), lv.cx.mem.list(keys)}, {});
    out.emplace_back(ir::update{m.db_table, lv.cx.mem.list(sets), in});
  }
  return out;  // no object: Django checks the field names, then runs nothing
}

}  // namespace sqlweave::resolve
