// SPDX-License-Identifier: MIT
// AlterField as Django 3.2's _alter_field runs it (and PostgreSQL's `_like` index around it):
// drop what the old column had (FK, UNIQUE, index, CHECK), rename, change type and NULL with
// a temporary default that fills existing NULLs, then create what the new column needs.
#include <fmt/format.h>

#include <algorithm>

#include "ddl/column_types.hpp"
#include "ddl/names.hpp"
#include "migrate/editor.hpp"

namespace sqlweave::migrate_detail {
namespace {

bool is_unique(const field& f) {
  return (f.unique || f.type == field_type::one_to_one) && !f.primary_key;
}

bool is_lob(const std::string& type) {
  return type == "NCLOB" || type == "BLOB";
}

// Oracle's AutoFields: identity columns.
bool is_identity(std::string_view type) {
  return type.ends_with(" AS IDENTITY");
}

std::string one(const std::string& column) {
  return column;
}

// The name the database gave an inline UNIQUE or CHECK; refused where it cannot be known.
std::string inline_name(const editor& e, std::string_view templ, const model& m, const field& f,
                        std::string_view what) {
  if (templ.empty())
    unsupported(to_string(e.d), fmt::format("dropping the {} of {}.{}, whose name the database "
                                            "chose",
                                            what, m.name, f.name));
  return e.old_cx.quoted(editor::fill(templ, {{"table", m.db_table}, {"column", f.column}}));
}

// A foreign key pointing at the primary key an AlterField changes, before and after.
struct incoming_key {
  const model* old_model;
  const field* old_field;
  const model* new_model;
  const field* new_field;
  std::string table;
};

std::vector<incoming_key> incoming_keys(const editor& e, const op_detail& o) {
  std::vector<incoming_key> out;
  const model& nm = e.new_model(o);
  for (const model& rm : e.state.after.models()) {
    const bool self = &rm == &nm;
    const int oi = self ? o.old_model : e.state.before.find_model(rm.app_label + "." + rm.name);
    if (oi < 0) continue;
    const model& om = e.state.before.at(oi);
    for (const field& b : rm.fields) {
      if (!b.is_forward_single() || !b.db_constraint || b.target_model != o.new_model ||
          b.target_field != nm.pk)
        continue;
      const auto a = std::find_if(om.fields.begin(), om.fields.end(),
                                  [&](const field& f) { return f.name == b.name; });
      if (a == om.fields.end() || !a->db_constraint || a->target_model != o.old_model) continue;
      out.push_back({&om, &*a, &rm, &b, rm.db_table});
    }
  }
  return out;
}

// The integer type of a serial one, or empty.
std::string_view serial_of(std::string_view type) {
  if (type == "serial") return "integer";
  if (type == "bigserial") return "bigint";
  if (type == "smallserial") return "smallint";
  return {};
}

}  // namespace

void alter_columns(editor& e, const op_detail& o, const ddl_detail::ddl_context& ca, const field& a,
                   const ddl_detail::ddl_context& cb, const field& b) {
  const model& om = e.old_model(o);
  const model& nm = e.new_model(o);
  const std::string table = cb.quoted(nm.db_table);
  const std::string old_type = e.type_of(ca, a);
  const std::string new_type = e.type_of(cb, b);
  const bool pk_retyped = a.primary_key && b.primary_key && old_type != new_type;
  if (a.primary_key != b.primary_key)
    unsupported(to_string(e.d),
                fmt::format("changing the primary key {}.{} in a migration", nm.name, b.name));
  const std::vector<incoming_key> incoming =
      pk_retyped ? incoming_keys(e, o) : std::vector<incoming_key>{};
  // Oracle: a primary key made an identity column is copied through a new column. Django has
  // dropped the foreign keys pointing at it by then and does not re-create them; from one
  // identity to another, whether the MODIFY works is Oracle's answer.
  if (old_type != new_type && is_identity(new_type)) {
    if (is_identity(old_type) || !incoming.empty())
      unsupported(to_string(e.d),
                  fmt::format("changing {}.{} from {} to the identity column {}{}", nm.name, b.name,
                              old_type, new_type,
                              incoming.empty() ? "" : " (Django loses the foreign keys to it)"));
    return make_identity_column(e, o, a, b);
  }
  if (e.d == dialect_id::oracle && old_type != new_type && (is_lob(old_type) || is_lob(new_type)))
    unsupported(to_string(e.d), fmt::format("changing {}.{} from {} to {} (Django copies "
                                            "through a new column)",
                                            nm.name, b.name, old_type, new_type));
  const std::string old_column = ca.quoted(a.column);
  const std::string column = cb.quoted(b.column);
  const auto nullity = [&](const field& f) {
    return e.traits.type_carries_null ? (f.null ? " NULL" : " NOT NULL") : "";
  };

  // PostgreSQL's `_like` twin, as its _alter_field: dropped first when the type leaves varchar
  // (or text), with the column's other indexes when it stops asking for one, at the end when the
  // UNIQUE goes with no index left; created at the end with a new index or UNIQUE (so not for a
  // varchar made text).
  const std::string_view old_like = ddl_detail::like_opclass(ca, a);
  const std::string_view new_like = ddl_detail::like_opclass(cb, b);
  const auto unique_or_key = [](const field& f) {
    return f.unique || f.primary_key || f.type == field_type::one_to_one;
  };
  const auto family = [](std::string_view type) -> std::string_view {
    for (std::string_view f : {"varchar", "text", "citext"})
      if (type.starts_with(f)) return f;
    return {};
  };
  const bool like_first = !old_like.empty() && family(old_type) != family(new_type);
  const bool like_with_index = !old_like.empty() && !like_first && a.db_index &&
                               !unique_or_key(a) && (!b.db_index || unique_or_key(b));
  const bool like_last =
      !old_like.empty() && !like_first && unique_or_key(a) && !(b.db_index || unique_or_key(b));
  const bool like_added = !new_like.empty() && ((!(a.db_index || unique_or_key(a)) && b.db_index) ||
                                                (!unique_or_key(a) && unique_or_key(b)));
  const std::string drop_like = editor::fill(
      e.traits.drop_index,
      {{"table", table},
       {"name", ca.quoted(ddl_detail::index_name(om, std::vector{one(a.column)}, "_like", e.d))}});
  if (like_first) e.out.push_back(drop_like);
  const bool old_fk = a.is_forward_single() && a.db_constraint;
  const bool new_fk = b.is_forward_single() && b.db_constraint;
  if (old_fk) e.drop_foreign_key(ca, om, a, nm.db_table);
  // A primary key changing type: the foreign keys pointing at it go first (Django 3.2).
  for (const incoming_key& k : incoming)
    e.drop_foreign_key(ca, *k.old_model, *k.old_field, k.table);
  if (is_unique(a) && !is_unique(b))
    e.out.push_back(
        editor::fill(e.traits.drop_unique,
                     {{"table", table},
                      {"name", inline_name(e, e.traits.inline_unique_name, om, a, "UNIQUE")}}));
  // Django drops the index only when the field stops asking for one: MariaDB keeps the index
  // of a varchar made longtext as a prefix index.
  if (ddl_detail::has_field_index(ca, a) && !ddl_detail::asks_for_index(cb, b))
    e.out.push_back(editor::fill(
        e.traits.drop_index,
        {{"table", table},
         {"name", ca.quoted(ddl_detail::index_name(om, std::vector{one(a.column)}, "", e.d))}}));
  if (like_with_index) e.out.push_back(drop_like);
  // MySQL: InnoDB's index of a foreign key, named after the key, outlives the key Django has
  // just dropped; its "removed an index" finds it when the field stops asking for an index or
  // becomes unique, and drops it (the re-created key makes its own). There is none where
  // another index starts with the column.
  if (old_fk && ca.features.fk_makes_its_index && a.db_index && !is_unique(a) &&
      (!b.db_index || is_unique(b)) && !declared_index(om, a, false))
    e.out.push_back(editor::fill(
        e.traits.drop_index,
        {{"table", table}, {"name", ca.quoted(ddl_detail::foreign_key_name(ca, om, a))}}));
  const std::string old_check = ddl_detail::column_check(a, e.d, old_column);
  const std::string new_check = ddl_detail::column_check(b, e.d, column);
  if (!old_check.empty() && old_check != new_check)
    e.out.push_back(editor::fill(
        e.traits.drop_constraint,
        {{"table", table}, {"name", inline_name(e, e.traits.inline_check_name, om, a, "CHECK")}}));
  if (a.column != b.column)
    e.out.push_back(
        editor::fill(e.traits.rename_column,
                     {{"table", table}, {"column", old_column}, {"new_column", column}}));
  const std::string_view serial = serial_of(new_type);
  const bool has_sequences = !e.traits.serial_sequence[0].empty();
  const std::string sequence = cb.quoted(fmt::format("{}_{}_seq", nm.db_table, b.column));
  if (old_type != new_type && !e.traits.drop_identity.empty() && is_identity(old_type))
    e.out.push_back(editor::fill(e.traits.drop_identity, {{"table", table}, {"column", column}}));
  // Django's actions: the type, the default that fills NULLs, then the NULL change unless
  // the NULLs are filled first (its four-way change); PostgreSQL combines them in one ALTER.
  std::vector<std::string> actions;
  if (old_type != new_type)
    actions.push_back(e.alter_type(
        table, column,
        (has_sequences && !serial.empty() ? std::string(serial) : new_type) + nullity(a), ca, a, cb,
        b));
  const bool fills = a.null && !b.null && o.fill.has_value();
  const std::string default_sql = fills ? e.default_sql(*o.fill) : std::string();
  if (fills)
    actions.push_back(editor::fill(
        e.traits.set_default, {{"table", table}, {"column", column}, {"default", default_sql}}));
  const std::string null_action =
      a.null == b.null ? std::string()
                       : editor::fill(b.null ? e.traits.set_null : e.traits.set_not_null,
                                      {{"table", table}, {"column", column}, {"type", new_type}});
  if (!fills && !null_action.empty()) actions.push_back(null_action);
  if (e.traits.combined_alters && actions.size() > 1) {
    const std::string prefix = fmt::format("ALTER TABLE {} ", table);
    for (std::size_t i = 1; i < actions.size(); ++i)
      actions[0] += ", " + actions[i].substr(prefix.size());
    actions.resize(1);
  }
  e.out.insert(e.out.end(), actions.begin(), actions.end());
  if (fills) {
    e.out.push_back(
        fmt::format("UPDATE {} SET {} = {} WHERE {} IS NULL", table, column, default_sql, column));
    if (!null_action.empty()) e.out.push_back(null_action);
  }
  // PostgreSQL: serial is integer with a sequence. Django makes a new one, owned by the column,
  // for a column made serial, and drops it for one made a plain integer, after the actions.
  if (old_type != new_type && has_sequences && !serial.empty())
    for (std::string_view step : e.traits.serial_sequence)
      e.out.push_back(
          editor::fill(step, {{"table", table}, {"column", column}, {"name", sequence}}));
  if (old_type != new_type && has_sequences && serial.empty() && !serial_of(old_type).empty())
    e.out.push_back(editor::fill(e.traits.serial_sequence[0], {{"name", sequence}}));
  if (!is_unique(a) && is_unique(b))
    e.out.push_back(fmt::format(
        "ALTER TABLE {} ADD CONSTRAINT {} UNIQUE ({})", table,
        cb.quoted(ddl_detail::index_name(nm, std::vector{one(b.column)}, "_uniq", e.d)), column));
  if (ddl_detail::alter_adds_index(cb, a, b))
    e.out.push_back(ddl_detail::create_index(
        cb, ddl_detail::index_name(nm, std::vector{one(b.column)}, "", e.d), nm, column));
  for (const incoming_key& k : incoming)
    e.out.push_back(e.alter_type(cb.quoted(k.table), cb.quoted(k.new_field->column),
                                 e.type_of(cb, *k.new_field) + nullity(*k.old_field), e.old_cx,
                                 *k.old_field, cb, *k.new_field));
  if (new_fk) e.out.push_back(ddl_detail::foreign_key(cb, nm, b));
  // Re-created under Django's `_fk` suffix, not the name CREATE TABLE gives them.
  for (const incoming_key& k : incoming)
    e.out.push_back(ddl_detail::foreign_key(
        cb, *k.new_model, *k.new_field,
        ddl_detail::index_name(*k.new_model, std::vector{k.new_field->column}, "_fk", e.d)));
  if (!new_check.empty() && old_check != new_check)
    e.out.push_back(fmt::format(
        "ALTER TABLE {} ADD CONSTRAINT {} CHECK ({})", table,
        cb.quoted(ddl_detail::index_name(nm, std::vector{one(b.column)}, "_check", e.d)),
        new_check));
  if (fills)
    e.out.push_back(editor::fill(b.null ? e.traits.drop_default_null : e.traits.drop_default,
                                 {{"table", table}, {"column", column}}));
  if (like_added)
    e.out.push_back(ddl_detail::create_index(
        cb, ddl_detail::index_name(nm, std::vector{one(b.column)}, "_like", e.d), nm,
        fmt::format("{} {}", column, new_like)));
  if (like_last) e.out.push_back(drop_like);
}

void alter_field(editor& e, const op_detail& o) {
  // After a RenameField of the plan the column already has its new name.
  field a = e.old_field(o);
  for (const auto& d : e.state.details)
    if (d.kind == operation_kind::rename_field && d.new_model == o.new_model &&
        d.new_field == o.new_field)
      a.column = e.new_field(o).column;
  const field& b = e.new_field(o);
  if (a.type == field_type::many_to_many) return alter_many_to_many(e, o);
  const bool same_column =
      ddl_detail::column_definition(e.old_cx, a) == ddl_detail::column_definition(e.new_cx, b) &&
      ddl_detail::has_field_index(e.old_cx, a) == ddl_detail::has_field_index(e.new_cx, b) &&
      a.is_forward_single() == b.is_forward_single() &&
      (!a.is_forward_single() ||
       (a.db_constraint == b.db_constraint && a.db_index == b.db_index &&
        ddl_detail::key_of(e.old_cx, a).column == ddl_detail::key_of(e.new_cx, b).column &&
        e.state.before.at(a.target_model).db_table == e.state.after.at(b.target_model).db_table));
  if (same_column && a.column == b.column) return;  // blank, related_name, on_delete: no SQL
  if (e.traits.rebuilds_tables) {
    if (same_column && !a.is_forward_single()) {
      const std::string table = e.new_cx.quoted(e.new_model(o).db_table);
      e.out.push_back(
          editor::fill(e.traits.rename_column, {{"table", table},
                                                {"column", e.old_cx.quoted(a.column)},
                                                {"new_column", e.new_cx.quoted(b.column)}}));
      return;
    }
    return rebuild_table(e, o);
  }
  alter_columns(e, o, e.old_cx, a, e.new_cx, b);
}

}  // namespace sqlweave::migrate_detail
