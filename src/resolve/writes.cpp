// SPDX-License-Identifier: MIT
// Writes: create/bulk_create (batched, with conflict handling), update, bulk_update, and delete
// plans that do what Django's collector does for each relation's on_delete.
#include <fmt/format.h>

#include <algorithm>

#include "resolve/query_resolver.hpp"
#include "resolve/values.hpp"

namespace sqlweave::resolve {
namespace {

const ast::node* kwarg_of(const std::vector<ast::kwarg>& kwargs, std::string_view name) {
  for (const auto& k : kwargs)
    if (k.name == name) return k.value.get();
  return nullptr;
}

bool flag_of(const std::vector<ast::kwarg>& kwargs, std::string_view name) {
  const ast::node* n = kwarg_of(kwargs, name);
  if (!n) return false;
  if (n->kind != ast::node_kind::literal || n->val.kind() != value_kind::boolean)
    fail(error_code::bad_argument, fmt::format("{}= takes True or False", name), n->span);
  return n->val.as_bool();
}

std::int64_t batch_size_of(const std::vector<ast::kwarg>& kwargs) {
  const ast::node* n = kwarg_of(kwargs, "batch_size");
  if (!n || (n->kind == ast::node_kind::literal && n->val.is_null())) return 0;
  if (n->kind != ast::node_kind::literal || n->val.kind() != value_kind::integer ||
      n->val.as_int() < 1)
    fail(error_code::bad_argument, "batch_size= takes a positive integer", n->span);
  return n->val.as_int();
}

std::vector<std::string_view> names_of(const ast::node* list, std::string_view what) {
  std::vector<std::string_view> out;
  if (!list) return out;
  if (list->kind != ast::node_kind::list)
    fail(error_code::bad_argument, fmt::format("{} takes a list of field names", what), list->span);
  for (const auto& item : list->args) {
    if (item->kind != ast::node_kind::literal || item->val.kind() != value_kind::text)
      fail(error_code::bad_argument, fmt::format("{} takes field names as strings", what),
           item->span);
    out.push_back(item->val.as_text());
  }
  return out;
}

}  // namespace

ir::write* query_resolver::new_write(ir::write::kind what, std::string_view table) {
  auto* mem = cx_.arena->allocate(sizeof(ir::write), alignof(ir::write));
  auto* w = new (mem) ir::write(cx_.arena);
  w->what = what;
  w->table = table;
  return w;
}

const field& query_resolver::writable_field(std::string_view name, source_span span,
                                            bool allow_pk) {
  const member* mem = model_.find(name);
  if (!mem) unknown_name(name, span, model_);
  const int index =
      mem->what == member::kind::column ? mem->index : cx_.s.rel(mem->index).field_index;
  const auto& r = mem->what == member::kind::relation ? &cx_.s.rel(mem->index) : nullptr;
  if (r && (r->how != relation::kind::forward || r->from_model != model_index_))
    fail(error_code::bad_argument,
         fmt::format("'{}' is a many-to-many or reverse relation and cannot be written here", name),
         span);
  const field& f = model_.fields[static_cast<std::size_t>(index)];
  if (!allow_pk && f.primary_key && f.is_auto())
    fail(error_code::bad_argument,
         fmt::format("'{}' is the auto-increment primary key of {} and is read-only", name,
                     model_.name),
         span);
  return f;
}

ir::node* query_resolver::write_value(const field& f, const ast::node& v) {
  // A value for a column of the base table: literals become typed parameters; expressions may
  // read this row's columns but may not join other tables (Django forbids joined references).
  const type_class type = class_of(f.type);
  if (v.kind == ast::node_kind::literal) {
    if (v.val.is_null()) {
      if (!f.null)
        fail(error_code::bad_value, fmt::format("field '{}' is not nullable", f.name), v.span);
      return make(ir::kind::null);
    }
    return value_param(v, &f, type, v.span);
  }
  const std::size_t tables = sel_->tables.size();
  ir::node* e = literal_annotation(v);
  if (sel_->tables.size() != tables || e->has_aggregate)
    fail(error_code::bad_argument,
         fmt::format("the value of '{}' may not reference joined fields or aggregates", f.name),
         v.span);
  if (e->kind == ir::kind::param && !e->typed) {
    e->typed = true;
    e->type = type;
  }
  return e;
}

ir::node* query_resolver::rows_predicate(const ast::query& q) {
  // The rows a queryset selects, as a WHERE clause on its bare table: its own conditions when
  // they need no join, else primary key IN (a subquery of the same queryset).
  if (sliced_)
    fail(error_code::bad_argument, "cannot update or delete once a slice has been taken");
  if (none_) return truth(false);
  if (sel_->tables.size() == 1)
    return where_.empty()       ? nullptr
           : where_.size() == 1 ? where_[0]
                                : junction(ir::kind::and_, where_);
  query_resolver inner(cx_, model_, model_index_, this);
  ast::query plain = q;
  plain.steps.erase(
      std::remove_if(plain.steps.begin(), plain.steps.end(),
                     [](const ast::step& st) { return st.kind >= ast::step_kind::aggregate; }),
      plain.steps.end());
  ir::node* in = make(ir::kind::in_subquery);
  const field& pk = model_.pk_field();
  in->a = column(0, pk.column, &pk);
  in->sub = inner.run_as_subquery(plain, false);
  in->flag = true;  // reads the table being written
  in->conditional = true;
  return in;
}

std::vector<ir::write*> query_resolver::plan_update(const ast::query& q, const ast::step& st) {
  if (st.kwargs.empty())
    fail(error_code::bad_argument, "update() needs at least one field=value", st.span);
  ir::write* w = new_write(ir::write::kind::update, model_.db_table);
  for (const auto& kw : st.kwargs) {
    const field& f = writable_field(kw.name, kw.span, false);
    w->sets.push_back({f.column, write_value(f, *kw.value)});
  }
  w->where = rows_predicate(q);
  return {w};
}

ir::select* query_resolver::key_select(int model_index, std::string_view fk_column,
                                       ir::select* parent_keys) {
  // SELECT child.pk FROM child WHERE child.fk IN (parent keys): the rows a cascade reaches.
  const model& m = cx_.s.at(model_index);
  auto* mem = cx_.arena->allocate(sizeof(ir::select), alignof(ir::select));
  auto* s = new (mem) ir::select(cx_.arena);
  ir::table_ref base;
  base.table = m.db_table;
  base.model = model_index;
  auto* t = static_cast<ir::table_ref*>(
      cx_.arena->allocate(sizeof(ir::table_ref), alignof(ir::table_ref)));
  s->tables.push_back(new (t) ir::table_ref(base));
  ir::node* pk = make(ir::kind::column);
  pk->table = t;
  pk->column = m.pk_field().column;
  s->items.push_back({pk, {}, {}, {}});
  ir::node* fk = make(ir::kind::column);
  fk->table = t;
  fk->column = fk_column;
  s->where = in_keys(fk, parent_keys);
  return s;
}

ir::node* query_resolver::in_keys(ir::node* col, ir::select* keys) {
  ir::node* in = make(ir::kind::in_subquery);
  in->a = col;
  in->sub = keys;
  in->flag = true;
  in->conditional = true;
  return in;
}

void query_resolver::collect(int model_index, ir::select* keys, std::vector<ir::write*>& out,
                             int depth) {
  if (depth > 16) fail(error_code::limit_exceeded, "delete() cascades more than 16 levels deep");
  const model& m = cx_.s.at(model_index);
  for (int ri : m.relations) {
    const relation& r = cx_.s.rel(ri);
    if (r.how == relation::kind::m2m) {
      // Link rows of an implicit M2M table go with either end.
      if (r.link_model >= 0) continue;
      ir::write* w = new_write(ir::write::kind::delete_rows, r.link_table);
      ir::table_ref link;
      link.table = r.link_table;
      auto* t = static_cast<ir::table_ref*>(
          cx_.arena->allocate(sizeof(ir::table_ref), alignof(ir::table_ref)));
      new (t) ir::table_ref(link);
      ir::node* col = make(ir::kind::column);
      col->table = t;
      col->column = r.link_from_column;
      w->where = in_keys(col, keys);
      out.push_back(w);
      continue;
    }
    if (r.how != relation::kind::reverse) continue;
    const model& child = cx_.s.at(r.to_model);
    const field& fk = child.fields[static_cast<std::size_t>(r.field_index)];
    auto child_column = [&](std::string_view column) {
      ir::table_ref ref;
      ref.table = child.db_table;
      auto* t = static_cast<ir::table_ref*>(
          cx_.arena->allocate(sizeof(ir::table_ref), alignof(ir::table_ref)));
      new (t) ir::table_ref(ref);
      ir::node* col = make(ir::kind::column);
      col->table = t;
      col->column = column;
      return col;
    };
    switch (fk.on_delete) {
      case on_delete::do_nothing: break;
      case on_delete::protect:
      case on_delete::restrict:
        fail(error_code::protected_relation,
             fmt::format("cannot delete {} rows: {}.{} is on_delete={}", m.name, child.name,
                         fk.name, fk.on_delete == on_delete::protect ? "PROTECT" : "RESTRICT"));
      case on_delete::set_null:
      case on_delete::set_default: {
        ir::write* w = new_write(ir::write::kind::update, child.db_table);
        ir::node* v = nullptr;
        if (fk.on_delete == on_delete::set_null) {
          if (!fk.null)
            fail(error_code::bad_schema,
                 fmt::format("{}.{} is SET_NULL but not null=True", child.name, fk.name));
          v = make(ir::kind::null);
        } else {
          if (!fk.default_value)
            fail(error_code::bad_schema,
                 fmt::format("{}.{} is SET_DEFAULT but has no default", child.name, fk.name));
          v = param(&*fk.default_value, type_class::integer);
        }
        w->sets.push_back({fk.column, v});
        w->where = in_keys(child_column(fk.column), keys);
        out.push_back(w);
        break;
      }
      case on_delete::cascade: {
        if (r.to_model == model_index)
          fail(error_code::unsupported,
               fmt::format(
                   "delete() of {} cascades through the self-referential {}.{}: a tree of unknown "
                   "depth needs one query per level",
                   m.name, child.name, fk.name));
        collect(r.to_model, key_select(r.to_model, fk.column, keys), out, depth + 1);
        ir::write* w = new_write(ir::write::kind::delete_rows, child.db_table);
        w->where = in_keys(child_column(fk.column), keys);
        out.push_back(w);
        break;
      }
    }
  }
}

std::vector<ir::write*> query_resolver::plan_delete(const ast::query& q) {
  std::vector<ir::write*> out;
  ir::node* where = rows_predicate(q);
  // The keys of the rows to delete, for the statements that reach their dependants.
  auto* mem = cx_.arena->allocate(sizeof(ir::select), alignof(ir::select));
  auto* keys = new (mem) ir::select(cx_.arena);
  keys->tables.push_back(sel_->tables[0]);
  const field& pk = model_.pk_field();
  keys->items.push_back({column(0, pk.column, &pk), {}, {}, {}});
  keys->where = where;
  collect(model_index_, keys, out, 0);
  ir::write* w = new_write(ir::write::kind::delete_rows, model_.db_table);
  w->where = where;
  out.push_back(w);
  return out;
}

std::vector<ir::write*> query_resolver::plan_insert(const ast::step& st) {
  std::vector<const ast::node*> objects;
  static const std::vector<ast::kwarg> no_options;
  const std::vector<ast::kwarg>* options_ptr = &no_options;
  ast::node single;
  if (st.kind == ast::step_kind::create) {
    single.kind = ast::node_kind::call;
    single.name = model_.name;
    single.kwargs = st.kwargs;
    single.span = st.span;
    objects.push_back(&single);
  } else {
    if (st.args.size() != 1 || st.args[0]->kind != ast::node_kind::list)
      fail(error_code::bad_argument, "bulk_create() takes a list of objects", st.span);
    objects.reserve(st.args[0]->args.size());
    for (const auto& o : st.args[0]->args) objects.push_back(o.get());
    options_ptr = &st.kwargs;
    for (const auto& kw : st.kwargs)
      if (kw.name != "batch_size" && kw.name != "ignore_conflicts" &&
          kw.name != "update_conflicts" && kw.name != "update_fields" && kw.name != "unique_fields")
        fail(error_code::bad_argument,
             fmt::format("bulk_create() got an unexpected keyword '{}'", kw.name), kw.span);
  }
  for (const auto* o : objects)
    if ((o->kind != ast::node_kind::call && o->kind != ast::node_kind::object) ||
        o->name != model_.name || !o->args.empty())
      fail(error_code::bad_argument, fmt::format("expected {}(field=value, ...)", model_.name),
           o->span);

  const auto& options = *options_ptr;
  const bool ignore = flag_of(options, "ignore_conflicts");
  const bool upsert = flag_of(options, "update_conflicts");
  if (ignore && upsert)
    fail(error_code::bad_argument, "ignore_conflicts and update_conflicts are mutually exclusive",
         st.span);
  const auto update_fields = names_of(kwarg_of(options, "update_fields"), "update_fields");
  const auto unique_fields = names_of(kwarg_of(options, "unique_fields"), "unique_fields");
  if (upsert && update_fields.empty())
    fail(error_code::bad_argument, "update_conflicts=True needs update_fields", st.span);
  if (!upsert && !update_fields.empty())
    fail(error_code::bad_argument, "update_fields goes with update_conflicts=True", st.span);
  if (!ignore && !upsert && !unique_fields.empty())
    fail(error_code::bad_argument, "unique_fields goes with ignore_conflicts or update_conflicts",
         st.span);

  // Objects that set the primary key and objects that leave it to the database are inserted in
  // separate statements, as Django does.
  const field& pk = model_.pk_field();
  auto sets_pk = [&](const ast::node* o) {
    return std::any_of(o->kwargs.begin(), o->kwargs.end(),
                       [&](const auto& k) { return k.name == pk.name || k.name == "pk"; });
  };
  std::vector<ir::write*> out;
  for (const bool with_pk : {true, false}) {
    std::vector<const ast::node*> group;
    group.reserve(objects.size());
    for (const auto* o : objects)
      if (sets_pk(o) == with_pk) group.push_back(o);
    if (group.empty()) continue;
    std::vector<const field*> fields;
    for (int f : model_.columns) {
      const field& fd = model_.fields[static_cast<std::size_t>(f)];
      if (fd.primary_key && fd.is_auto() && !with_pk) continue;
      fields.push_back(&fd);
    }
    const std::size_t per_row = std::max<std::size_t>(1, fields.size());
    std::size_t batch = max_parameters(cx_.dialect) / per_row;
    if (const auto user = batch_size_of(options); user > 0)
      batch = std::min<std::size_t>(batch, static_cast<std::size_t>(user));
    for (std::size_t start = 0; start < group.size(); start += batch) {
      ir::write* w = new_write(ir::write::kind::insert, model_.db_table);
      for (const auto* f : fields) w->columns.push_back(f->column);
      for (std::size_t i = start; i < std::min(group.size(), start + batch); ++i)
        w->rows.push_back(insert_row(*group[i], fields));
      if (ignore) w->conflict = ir::conflict_action::ignore;
      if (upsert) {
        w->conflict = ir::conflict_action::update;
        for (auto name : update_fields)
          w->update_columns.push_back(writable_field(name, st.span, true).column);
      }
      for (auto name : unique_fields)
        w->unique_columns.push_back(writable_field(name, st.span, true).column);
      if (!with_pk && !ignore) w->returning = pk.column;
      out.push_back(w);
    }
  }
  if (out.empty())
    fail(error_code::bad_argument, "bulk_create() of an empty list writes nothing", st.span);
  return out;
}

ir::list<ir::node*>* query_resolver::insert_row(const ast::node& object,
                                                const std::vector<const field*>& fields) {
  for (const auto& kw : object.kwargs) {
    const bool known =
        kw.name == "pk" || std::any_of(fields.begin(), fields.end(), [&](const field* f) {
          return f->name == kw.name || f->column == kw.name;
        });
    if (!known) writable_field(kw.name, kw.span, true);  // names the problem: unknown, M2M, ...
  }
  ir::list<ir::node*>* row = make_list();
  for (const field* f : fields) {
    const ast::node* v = nullptr;
    for (const auto& kw : object.kwargs)
      if (kw.name == f->name || kw.name == f->column || (kw.name == "pk" && f->primary_key))
        v = kw.value.get();
    if (v) {
      row->push_back(write_value(*f, *v));
    } else if (f->default_value) {
      row->push_back(param(&*f->default_value, class_of(f->type)));
    } else if (f->null) {
      row->push_back(make(ir::kind::null));
    } else if (class_of(f->type) == type_class::text) {
      static const value empty{""};
      row->push_back(param(&empty, type_class::text));  // Django's default for string fields
    } else {
      fail(error_code::bad_value,
           fmt::format("{}() has no value for '{}', which has no default and is not nullable",
                       model_.name, f->name),
           object.span);
    }
  }
  return row;
}

std::vector<ir::write*> query_resolver::plan_bulk_update(const ast::step& st) {
  if (st.args.size() != 2 || st.args[0]->kind != ast::node_kind::list)
    fail(error_code::bad_argument,
         "bulk_update() takes a list of objects and a list of field names", st.span);
  for (const auto& kw : st.kwargs)
    if (kw.name != "batch_size")
      fail(error_code::bad_argument,
           fmt::format("bulk_update() got an unexpected keyword '{}'", kw.name), kw.span);
  const auto names = names_of(st.args[1].get(), "bulk_update()");
  if (names.empty())
    fail(error_code::bad_argument, "bulk_update() needs at least one field name", st.args[1]->span);
  std::vector<const field*> fields;
  for (auto n : names) fields.push_back(&writable_field(n, st.args[1]->span, false));
  const field& pk = model_.pk_field();
  const auto& objects = st.args[0]->args;
  // Each object costs a key and a value per field, and a key in the IN list.
  std::size_t batch = max_parameters(cx_.dialect) / (2 * fields.size() + 1);
  if (const auto user = batch_size_of(st.kwargs); user > 0)
    batch = std::min<std::size_t>(batch, static_cast<std::size_t>(user));
  std::vector<ir::write*> out;
  for (std::size_t start = 0; start < objects.size(); start += batch) {
    const std::size_t end = std::min(objects.size(), start + batch);
    ir::write* w = new_write(ir::write::kind::update, model_.db_table);
    ir::node* keys = make(ir::kind::in_list);
    keys->a = column(0, pk.column, &pk);
    keys->items = make_list();
    keys->conditional = true;
    std::vector<const ast::node*> key_of(end - start);
    for (std::size_t i = start; i < end; ++i) {
      const ast::node& o = *objects[i];
      if (o.kind != ast::node_kind::call || o.name != model_.name)
        fail(error_code::bad_argument,
             fmt::format("expected {}(pk=..., field=value, ...)", model_.name), o.span);
      for (const auto& kw : o.kwargs)
        if (kw.name == "pk" || kw.name == pk.name) key_of[i - start] = kw.value.get();
      if (!key_of[i - start])
        fail(error_code::bad_argument, "bulk_update() objects need their primary key", o.span);
      keys->items->push_back(write_value(pk, *key_of[i - start]));
    }
    for (const field* f : fields) {
      ir::node* c = make(ir::kind::case_when);
      c->items = make_list();
      c->typed = true;
      c->type = class_of(f->type);
      c->flag = true;  // each THEN value is cast to the column type where the database needs it
      c->op = static_cast<std::uint8_t>(f->type);
      for (std::size_t i = start; i < end; ++i) {
        const ast::node& o = *objects[i];
        const ast::node* v = nullptr;
        for (const auto& kw : o.kwargs)
          if (kw.name == f->name || kw.name == f->column) v = kw.value.get();
        if (!v)
          fail(error_code::bad_argument,
               fmt::format("bulk_update() object has no value for '{}'", f->name), o.span);
        ir::node* when = binary_node(ir::kind::compare, column(0, pk.column, &pk),
                                     write_value(pk, *key_of[i - start]));
        when->op = static_cast<std::uint8_t>(ir::compare_op::eq);
        c->items->push_back(when);
        c->items->push_back(write_value(*f, *v));
      }
      w->sets.push_back({f->column, c});
    }
    w->where = keys;
    out.push_back(w);
  }
  if (out.empty())
    fail(error_code::bad_argument, "bulk_update() of an empty list writes nothing", st.span);
  return out;
}

}  // namespace sqlweave::resolve
