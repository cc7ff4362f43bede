// SPDX-License-Identifier: MIT
// SQLite's table rebuild (Django's _remake_table, after https://www.sqlite.org/lang_altertable.html
// #otheralter): `new__<table>` created as the model is after the operation, rows copied with an
// INSERT ... SELECT (an added column takes its fill value, a column made NOT NULL coalesces its
// NULLs), the old table dropped, the new one renamed, its indexes created. As in Django, each
// operation remakes the table from the model as the operations before it left it.
#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <map>

#include "migrate/editor.hpp"

namespace sqlweave::migrate_detail {
namespace {

// One field of a model's state between two operations of the plan.
struct state_field {
  field f;             // as it then is, its relation's target in the new schema
  int new_index = -1;  // the field of the new model it is or becomes; -1: the plan removes it
};

// A model between two operations: its fields in the order Django's ModelState keeps them (the
// old table's, an added field last, a renamed one moved last) and its Meta lists.
struct model_state {
  std::vector<state_field> fields;
  std::vector<index_def> indexes;
  std::vector<constraint_def> constraints;
  std::vector<std::vector<std::string>> unique_together;
  std::vector<std::vector<std::string>> index_together;
};

bool on_model(const op_detail& d, int old_model, int new_model) {
  return d.new_model == new_model && d.old_model == old_model;
}

// A relation's target the new schema lacks (a model deleted later), by its old index; a
// remake still holding the field gets a copy of the old model (mid_schema).
int deleted_target(int old_index) {
  return -2 - old_index;
}

// An old field as the new schema holds it: its relation's target model (renamed or not) and
// target field found there by name.
field in_new_schema(const editor& e, field f) {
  if (!f.is_relation() || f.target_model < 0) return f;
  const model& old_target = e.state.before.at(f.target_model);
  int target = -1;
  for (const auto& d : e.state.details)
    if (d.kind == operation_kind::rename_model && d.old_model == f.target_model)
      target = d.new_model;
  if (target < 0) target = e.state.after.find_model(old_target.app_label + "." + old_target.name);
  if (target < 0) {
    f.target_model = deleted_target(f.target_model);  // a model the migration deletes later
    return f;
  }
  const auto& old_key = old_target.fields[static_cast<std::size_t>(f.target_field)];
  const model& new_target = e.state.after.at(target);
  for (std::size_t i = 0; i < new_target.fields.size(); ++i)
    if (new_target.fields[i].name == old_key.name) f.target_field = static_cast<int>(i);
  f.target_model = target;
  return f;
}

// The new field an old one continues as (through RenameField), or -1 when it is removed.
int continued_as(const editor& e, int old_model, int new_model, int old_field) {
  int out = -1;
  const model& om = e.state.before.at(old_model);
  const model& nm = e.state.after.at(new_model);
  const std::string& name = om.fields[static_cast<std::size_t>(old_field)].name;
  for (std::size_t i = 0; i < nm.fields.size(); ++i)
    if (nm.fields[i].name == name) out = static_cast<int>(i);
  for (const auto& d : e.state.details) {
    if (!on_model(d, old_model, new_model) || d.old_field != old_field) continue;
    if (d.kind == operation_kind::remove_field) return -1;
    if (d.kind == operation_kind::rename_field) out = d.new_field;
  }
  return out;
}

std::vector<state_field>::iterator find_named(std::vector<state_field>& fields,
                                              std::string_view name) {
  return std::ranges::find_if(fields, [&](const state_field& s) { return s.f.name == name; });
}

// The model after the first `count` operations of the plan.
model_state state_after(const editor& e, int old_model, int new_model, std::size_t count) {
  const model& om = e.state.before.at(old_model);
  const model& nm = e.state.after.at(new_model);
  model_state s;
  for (int fi : ddl_detail::column_order(om))
    s.fields.push_back({in_new_schema(e, om.fields[static_cast<std::size_t>(fi)]),
                        continued_as(e, old_model, new_model, fi)});
  s.indexes = om.indexes;
  s.constraints = om.constraints;
  s.unique_together = om.unique_together;
  s.index_together = om.index_together;
  for (std::size_t k = 0; k < count; ++k) {
    const op_detail& d = e.state.details[k];
    if (!on_model(d, old_model, new_model)) continue;
    switch (d.kind) {
      case operation_kind::add_field:
        if (e.new_field(d).type != field_type::many_to_many)
          s.fields.push_back({e.new_field(d), d.new_field});
        break;
      case operation_kind::remove_field:
        if (const auto it = find_named(s.fields, e.old_field(d).name); it != s.fields.end())
          s.fields.erase(it);
        break;
      case operation_kind::alter_field:
        if (const auto it = find_named(s.fields, e.new_field(d).name); it != s.fields.end())
          it->f = e.new_field(d);
        break;
      case operation_kind::rename_field: {
        const std::string& old_name = e.old_field(d).name;
        const field& renamed = e.new_field(d);
        const auto it = find_named(s.fields, old_name);
        if (it == s.fields.end()) break;  // a many-to-many: no column
        state_field moved = std::move(*it);
        s.fields.erase(it);
        moved.f.name = renamed.name;
        moved.f.column = renamed.column;
        s.fields.push_back(std::move(moved));
        for (auto* groups : {&s.unique_together, &s.index_together})
          for (auto& group : *groups) std::ranges::replace(group, old_name, renamed.name);
        break;
      }
      case operation_kind::add_index: s.indexes.push_back(nm.indexes.at(d.new_item)); break;
      case operation_kind::remove_index:
        std::erase_if(s.indexes, [&](const index_def& x) {
          return x.name == om.indexes.at(d.old_item).name &&
                 x.fields == om.indexes.at(d.old_item).fields;
        });
        break;
      case operation_kind::add_constraint:
        s.constraints.push_back(nm.constraints.at(d.new_item));
        break;
      case operation_kind::remove_constraint:
        std::erase_if(s.constraints, [&](const constraint_def& c) {
          return c.name == om.constraints.at(d.old_item).name;
        });
        break;
      case operation_kind::alter_unique_together: s.unique_together = nm.unique_together; break;
      case operation_kind::alter_index_together: s.index_together = nm.index_together; break;
      case operation_kind::create_model:
      case operation_kind::delete_model:
      case operation_kind::rename_model:
      case operation_kind::alter_model_table:
      case operation_kind::alter_model_options: break;
    }
  }
  return s;
}

// Django's creation order puts auto-created fields (the implicit `id`, a parent link) first.
bool auto_created(const field& f) {
  return (f.primary_key && f.is_auto()) || f.parent_link;
}

// A DecimalField's value as Django's get_db_prep_save hands it to SQLite: the text of the
// number quantized to the field's decimal places (utils.format_number, half to even), which
// quote_value quotes; a value in another form keeps quote_value's.
std::string decimal_fill(const value& v, const field& f, dialect_id d) {
  const std::string number = v.to_string();
  const bool plain = (v.kind() == value_kind::integer || v.kind() == value_kind::decimal ||
                      v.kind() == value_kind::real) &&
                     number.find_first_not_of("-0123456789.") == std::string::npos;
  if (f.type != field_type::decimal_field || !plain) return ddl_detail::quote_value(v, d);
  const bool negative = number.starts_with('-');
  const std::string digits = number.substr(negative ? 1 : 0);
  const auto dot = digits.find('.');
  std::string whole = digits.substr(0, dot);
  std::string fraction = dot == std::string::npos ? "" : digits.substr(dot + 1);
  const auto places = static_cast<std::size_t>(f.decimal_places);
  if (fraction.size() > places) {
    const char first_dropped = fraction[places];
    const bool rest = fraction.find_first_not_of('0', places + 1) != std::string::npos;
    std::string kept = whole + fraction.substr(0, places);
    const bool odd = !kept.empty() && (kept.back() - '0') % 2 == 1;
    if (first_dropped > '5' || (first_dropped == '5' && (rest || odd))) {
      std::size_t i = kept.size();
      while (i > 0 && kept[i - 1] == '9') kept[--i] = '0';
      if (i == 0)
        kept.insert(kept.begin(), '1');
      else
        ++kept[i - 1];
    }
    whole = kept.substr(0, kept.size() - places);
    fraction = kept.substr(kept.size() - places);
  }
  fraction.resize(places, '0');
  if (whole.empty()) whole = "0";
  const std::string text = (negative ? "-" : "") + whole + (places > 0 ? "." + fraction : "");
  return ddl_detail::quote_value(value(text), d);
}

// Whether an operation before `count` rendered the migration's new state (its
// database_forwards asks the new state for the model). Until one does, an operation renders
// the new state before the old one, so the field it adds or alters is older than the old
// model's fields and comes right after the auto-created ones; afterwards it comes last.
bool new_state_rendered(const editor& e, std::size_t count) {
  for (std::size_t k = 0; k < count; ++k) switch (e.state.details[k].kind) {
      case operation_kind::delete_model:
      case operation_kind::remove_field:
      case operation_kind::remove_index:
      case operation_kind::alter_model_options: continue;
      case operation_kind::create_model:
      case operation_kind::rename_model:
      case operation_kind::alter_model_table:
      case operation_kind::add_field:
      case operation_kind::alter_field:
      case operation_kind::rename_field:
      case operation_kind::add_index:
      case operation_kind::add_constraint:
      case operation_kind::remove_constraint:
      case operation_kind::alter_unique_together:
      case operation_kind::alter_index_together: return true;
    }
  return false;
}

// The remake of one model's table by operation `at` of the plan (or, `change` null, by one
// that changes no field of it: a constraint, a key it points at).
void remake(editor& e, int old_model, int new_model, std::size_t at, const op_detail* change) {
  const model& nm = e.state.after.at(new_model);
  const model_state before = state_after(e, old_model, new_model, at);
  const model_state after = state_after(e, old_model, new_model, at + 1);
  // The field the operation takes out (by its old name) and the one it puts in.
  std::string taken;
  const state_field* put = nullptr;
  if (change != nullptr) {
    if (change->kind != operation_kind::add_field) taken = e.old_field(*change).name;
    if (change->kind == operation_kind::alter_field) taken = e.new_field(*change).name;
    if (change->kind != operation_kind::remove_field) {
      const auto it = std::ranges::find_if(
          after.fields, [&](const state_field& s) { return s.new_index == change->new_field; });
      if (it != after.fields.end()) put = &*it;
    }
  }
  // The old model's fields as its class sorts them: auto-created first.
  std::vector<const state_field*> from;
  for (const auto& s : before.fields)
    if (auto_created(s.f)) from.push_back(&s);
  for (const auto& s : before.fields)
    if (!auto_created(s.f)) from.push_back(&s);
  std::erase_if(from, [&](const state_field* s) { return s->f.name == taken; });

  // The new table's columns in creation order: the old model's fields (a self-referential
  // one cloned, so last), the put field where its creation places it.
  const bool put_first = put != nullptr && (auto_created(put->f) || !new_state_rendered(e, at));
  const auto self_referential = [&](const state_field* s) {
    return s->f.is_forward_single() && s->f.target_model == new_model;
  };
  std::vector<const state_field*> created;
  for (const auto* s : from)
    if (auto_created(s->f)) created.push_back(s);
  if (put_first) created.push_back(put);
  for (const auto* s : from)
    if (!auto_created(s->f) && !self_referential(s)) created.push_back(s);
  if (put != nullptr && !put_first) created.push_back(put);
  for (const auto* s : from)
    if (!auto_created(s->f) && self_referential(s)) created.push_back(s);

  // The model as the operation leaves it, in a copy of the new schema.
  schema mid = e.state.after;
  mid.at(new_model).columns.clear();
  std::map<int, int> copied;  // old index of a model deleted later -> its copy in `mid`
  for (const auto* s : created) {
    field f = s->f;
    if (f.is_relation() && f.target_model < -1) {
      const int old_index = -2 - f.target_model;
      if (!copied.contains(old_index)) {
        const model& gone = e.state.before.at(old_index);
        const int at_copy = mid.add_model(gone.name, gone.app_label).index();
        mid.at(at_copy) = gone;
        copied[old_index] = at_copy;
      }
      f.target_model = copied[old_index];
    }
    model& m = mid.at(new_model);
    if (s->new_index >= 0) {
      m.fields[static_cast<std::size_t>(s->new_index)] = std::move(f);
      m.columns.push_back(s->new_index);
      continue;
    }
    m.fields.push_back(std::move(f));
    m.columns.push_back(static_cast<int>(m.fields.size() - 1));
  }
  model& m = mid.at(new_model);
  m.indexes = after.indexes;
  m.constraints = after.constraints;
  m.unique_together = after.unique_together;
  m.index_together = after.index_together;
  const ddl_detail::ddl_context cx(mid, e.d);

  const std::string table = cx.quoted(nm.db_table);
  const std::string staging = "new__" + nm.db_table;
  ddl_detail::table_statements made;
  const ddl_detail::table_def t{.m = m, .columns_in_order = true};
  ddl_detail::create_table(cx, t, made, staging);
  ddl_detail::table_indexes(cx, t, made);

  // The copy: the old model's columns, then the put one from its fill value or old column.
  std::vector<std::string> columns;
  std::vector<std::string> values;
  for (const auto* s : from) {
    columns.push_back(cx.quoted(s->f.column));
    values.push_back(cx.quoted(s->f.column));
  }
  if (put != nullptr) {
    const bool filled = change->fill.has_value();
    const std::string fill_sql = filled ? decimal_fill(*change->fill, put->f, e.d) : "NULL";
    columns.push_back(cx.quoted(put->f.column));
    const auto old = std::ranges::find_if(
        before.fields, [&](const state_field& s) { return !taken.empty() && s.f.name == taken; });
    if (change->kind == operation_kind::add_field || old == before.fields.end()) {
      values.push_back(fill_sql);
    } else {
      const std::string old_column = cx.quoted(old->f.column);
      values.push_back(old->f.null && !put->f.null && filled
                           ? fmt::format("coalesce({}, {})", old_column, fill_sql)
                           : old_column);
    }
  }
  e.out.push_back(std::move(made.create));
  e.out.push_back(fmt::format("INSERT INTO {} ({}) SELECT {} FROM {}", cx.quoted(staging),
                              fmt::join(columns, ", "), fmt::join(values, ", "), table));
  e.out.push_back(editor::fill(e.traits.drop_table, {{"table", table}}));
  e.out.push_back(
      editor::fill(e.traits.rename_table, {{"table", cx.quoted(staging)}, {"name", table}}));
  // The remake runs every statement deferred so far, its own indexes last.
  e.out.insert(e.out.end(), e.deferred.begin(), e.deferred.end());
  e.deferred.clear();
  e.out.insert(e.out.end(), made.deferred.begin(), made.deferred.end());
}

// Django remakes the tables whose foreign keys point at a unique column that changes type:
// their columns take the new type.
bool retypes_a_key(const editor& e, const op_detail& o) {
  if (o.kind != operation_kind::alter_field) return false;
  const field& b = e.new_field(o);
  return (b.primary_key || b.unique || b.type == field_type::one_to_one) &&
         e.type_of(e.old_cx, e.old_field(o)) != e.type_of(e.new_cx, b);
}

void remake_referencing_tables(editor& e, const op_detail& o, std::size_t at) {
  for (std::size_t mi = 0; mi < e.state.after.models().size(); ++mi) {
    const model& rm = e.state.after.models()[mi];
    const int ri = static_cast<int>(mi);
    if (ri == o.new_model) continue;  // the model's own table is remade already
    const int oi = e.state.before.find_model(rm.app_label + "." + rm.name);
    if (oi < 0) continue;  // a new model is created with the new type
    for (const field& f : rm.fields)
      if (f.is_forward_single() && f.target_model == o.new_model && f.target_field == o.new_field) {
        remake(e, oi, ri, at, nullptr);
        break;
      }
  }
}

}  // namespace

void rebuild_for_renamed_target(editor& e, const op_detail& o, int old_model, int new_model,
                                int old_field, int new_field) {
  const auto at = static_cast<std::size_t>(&o - e.state.details.data());
  assert(at < e.state.details.size() && "an operation of the plan");
  op_detail change;
  change.kind = operation_kind::alter_field;
  change.old_model = old_model;
  change.new_model = new_model;
  change.old_field = old_field;
  change.new_field = new_field;
  remake(e, old_model, new_model, at, &change);
}

void rebuild_table(editor& e, const op_detail& o) {
  const auto at = static_cast<std::size_t>(&o - e.state.details.data());
  assert(at < e.state.details.size() && "an operation of the plan");
  const bool changes_field =
      o.kind == operation_kind::add_field || o.kind == operation_kind::remove_field ||
      o.kind == operation_kind::alter_field || o.kind == operation_kind::rename_field;
  remake(e, o.old_model, o.new_model, at, changes_field ? &o : nullptr);
  if (retypes_a_key(e, o)) remake_referencing_tables(e, o, at);
}

}  // namespace sqlweave::migrate_detail
