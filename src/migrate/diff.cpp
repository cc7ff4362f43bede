// SPDX-License-Identifier: MIT
// The autodetector: which operations turn `before` into `after`, in the order Django 3.2's
// autodetector and its dependency sort leave them: renamed models, created models, removed
// Meta entries, renamed, removed, added and altered fields, unique/index_together, added Meta
// entries, db_table, deleted models. Only models with tables take part (proxies and
// `managed = False` models have no SQL).
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "ddl/column_types.hpp"
#include "migrate/plan_state.hpp"
#include "sqlweave/parse.hpp"
#include "support/ascii.hpp"
#include "support/errors.hpp"

namespace sqlweave {
namespace {

using migrate_detail::op_detail;
using migrate_detail::plan_state;

// `app.model` as Django keys models: the model name lower case.
std::string key_of(const model& m) {
  return m.app_label + "." + ascii_lower(m.name);
}

bool has_table(const model& m) {
  return m.managed && !m.is_proxy();
}

// The autodetector's three sets of model keys: managed models, proxies, unmanaged models (an
// unmanaged proxy is unmanaged).
enum class model_set : std::uint8_t { managed, proxy, unmanaged };

model_set set_of(const model& m) {
  if (!m.managed) return model_set::unmanaged;
  return m.is_proxy() ? model_set::proxy : model_set::managed;
}

// `app.Model.field=VALUE` split at the first '=' and the dots before it.
struct parsed_option {
  std::string app, model, field, value;
};

parsed_option split_option(std::string_view flag, const std::string& text, int dots) {
  const auto eq = text.find('=');
  const std::string path = text.substr(0, eq);
  parsed_option out;
  std::vector<std::string> parts;
  for (std::size_t at = 0;;) {
    const auto dot = path.find('.', at);
    parts.push_back(path.substr(at, dot == std::string::npos ? dot : dot - at));
    if (dot == std::string::npos) break;
    at = dot + 1;
  }
  const bool ok = eq != std::string::npos && eq + 1 < text.size() &&
                  static_cast<int>(parts.size()) == dots + 1 &&
                  std::none_of(parts.begin(), parts.end(), [](auto& p) { return p.empty(); });
  if (!ok)
    fail(error_code::bad_argument, fmt::format("{} '{}' is not {}=...", flag, text,
                                               dots == 1 ? "app.Model" : "app.Model.field"));
  out.app = parts[0];
  out.model = parts[1];
  if (dots == 2) out.field = parts[2];
  out.value = text.substr(eq + 1);
  return out;
}

op_detail detail_of(int old_model, int new_model, int old_field = -1, int new_field = -1,
                    int old_item = -1, int new_item = -1) {
  op_detail d;
  d.old_model = old_model;
  d.new_model = new_model;
  d.old_field = old_field;
  d.new_field = new_field;
  d.old_item = old_item;
  d.new_item = new_item;
  return d;
}

op_detail no_sql_detail(int old_model, int new_model) {
  op_detail d = detail_of(old_model, new_model);
  d.no_sql = true;
  return d;
}

op_detail renamed_detail(int old_model, int new_model) {
  op_detail d = detail_of(old_model, new_model);
  d.renamed = true;
  return d;
}

struct detector {
  const schema& before;
  const schema& after;
  const migrate_options& options;

  std::map<std::string, std::string> renamed_models;                           // old key -> new key
  std::map<std::tuple<std::string, std::string>, std::string> renamed_fields;  // (new key, new)
  std::map<std::tuple<std::string, std::string>, value> defaults;              // (new key, field)
  std::map<std::string, int> old_by_key, new_by_key;  // the models with tables
  std::map<std::string, int> old_any, new_any;        // every model, proxies and unmanaged too

  std::vector<migration_operation> ops;
  std::vector<op_detail> details;

  void add(operation_kind k, const model& m, std::string name, op_detail d,
           std::string old_name = {}) {
    ops.push_back({k, m.app_label, m.name, std::move(name), std::move(old_name)});
    d.kind = k;
    details.push_back(std::move(d));
  }

  void read_options() {
    for (std::size_t i = 0; i < before.models().size(); ++i) {
      old_any[key_of(before.models()[i])] = static_cast<int>(i);
      if (has_table(before.models()[i]))
        old_by_key[key_of(before.models()[i])] = static_cast<int>(i);
    }
    for (std::size_t i = 0; i < after.models().size(); ++i) {
      new_any[key_of(after.models()[i])] = static_cast<int>(i);
      if (has_table(after.models()[i])) new_by_key[key_of(after.models()[i])] = static_cast<int>(i);
    }
    for (const auto& text : options.rename_models) {
      const auto o = split_option("--rename-model", text, 1);
      const std::string old_key = o.app + "." + ascii_lower(o.model);
      const std::string new_key = o.app + "." + ascii_lower(o.value);
      if (!old_by_key.contains(old_key))
        fail(error_code::bad_argument,
             fmt::format("--rename-model {}: the old schema has no model {}.{}", text, o.app,
                         o.model));
      if (!new_by_key.contains(new_key))
        fail(error_code::bad_argument,
             fmt::format("--rename-model {}: the new schema has no model {}.{}", text, o.app,
                         o.value));
      renamed_models[old_key] = new_key;
    }
    for (const auto& text : options.rename_fields) {
      const auto o = split_option("--rename-field", text, 2);
      const std::string new_key = o.app + "." + ascii_lower(o.model);
      const auto it = new_by_key.find(new_key);
      if (it == new_by_key.end() || !field_of(after.at(it->second), o.value))
        fail(error_code::bad_argument,
             fmt::format("--rename-field {}: the new schema has no field {}.{}.{}", text, o.app,
                         o.model, o.value));
      renamed_fields[{new_key, o.value}] = o.field;
    }
    for (const auto& text : options.defaults) {
      const auto o = split_option("--default", text, 2);
      const std::string new_key = o.app + "." + ascii_lower(o.model);
      const auto it = new_by_key.find(new_key);
      if (it == new_by_key.end() || !field_of(after.at(it->second), o.field))
        fail(error_code::bad_argument,
             fmt::format("--default {}: the new schema has no field {}.{}.{}", text, o.app, o.model,
                         o.field));
      value v;
      try {
        v = parse_literal(o.value);
      } catch (const error& e) {
        fail(error_code::bad_argument, fmt::format("--default {}: {}", text, e.what()));
      }
      defaults[{new_key, o.field}] = std::move(v);
    }
  }

  static const field* field_of(const model& m, std::string_view name) {
    for (const auto& f : m.fields)
      if (f.name == name) return &f;
    return nullptr;
  }
  // The fields of `m` in name order, as the autodetector visits them.
  static std::vector<std::size_t> by_name(const model& m) {
    std::vector<std::size_t> out(m.fields.size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = i;
    std::sort(out.begin(), out.end(),
              [&](std::size_t a, std::size_t b) { return m.fields[a].name < m.fields[b].name; });
    return out;
  }
  static int field_index(const model& m, std::string_view name) {
    for (std::size_t i = 0; i < m.fields.size(); ++i)
      if (m.fields[i].name == name) return static_cast<int>(i);
    return -1;
  }

  // The old model a new model continues, or -1 when it is new.
  int old_of(const std::string& new_key) const {
    for (const auto& [o, n] : renamed_models)
      if (n == new_key) return old_by_key.at(o);
    if (const auto it = old_by_key.find(new_key);
        it != old_by_key.end() && !renamed_models.contains(new_key))
      return it->second;
    return -1;
  }

  // The new key an old model's key continues as.
  std::string continued(const std::string& old_key) const {
    const auto it = renamed_models.find(old_key);
    return it == renamed_models.end() ? old_key : it->second;
  }

  // The target of a relation, keyed as after the renames.
  std::string target_key(const schema& s, const field& f, bool old_side) const {
    if (f.target_model < 0) return {};
    const std::string k = key_of(s.at(f.target_model));
    return old_side ? continued(k) : k;
  }

  // What Django's deconstruct() compares, minus what the renames account for.
  bool same_field(const field& a, const field& b) const {
    if (std::tie(a.type, a.null, a.blank, a.primary_key, a.unique, a.db_index, a.max_length,
                 a.unlimited_length, a.max_digits, a.decimal_places, a.db_constraint, a.parent_link,
                 a.on_delete, a.on_delete_value, a.on_delete_callable, a.related_name,
                 a.related_query_name, a.m2m_table, a.default_value) !=
        std::tie(b.type, b.null, b.blank, b.primary_key, b.unique, b.db_index, b.max_length,
                 b.unlimited_length, b.max_digits, b.decimal_places, b.db_constraint, b.parent_link,
                 b.on_delete, b.on_delete_value, b.on_delete_callable, b.related_name,
                 b.related_query_name, b.m2m_table, b.default_value))
      return false;
    if (a.db_column != b.db_column && !(a.db_column.empty() && b.column == a.column) &&
        !(b.db_column.empty() && a.column == b.column))
      return false;
    // ArrayField: its size and its base field (never a relation) are part of it.
    if (a.array_size != b.array_size || a.base_field.size() != b.base_field.size()) return false;
    for (std::size_t i = 0; i < a.base_field.size(); ++i)
      if (!same_field(a.base_field[i], b.base_field[i])) return false;
    if (!a.is_relation()) return true;
    if (target_key(before, a, true) != target_key(after, b, false)) return false;
    const auto target_name = [](const schema& s, const field& f) {
      return s.at(f.target_model).fields[static_cast<std::size_t>(f.target_field)].name;
    };
    return target_name(before, a) == target_name(after, b);
  }

  // Django's autodetector asks about a rename only when the field is otherwise the same: a
  // --rename-field whose field also changes is a removed and an added field, as there.
  void drop_changed_renames() {
    std::erase_if(renamed_fields, [&](const auto& entry) {
      const auto& [k, old_name] = entry;
      const auto ni = new_by_key.find(std::get<0>(k));
      const int oi = ni == new_by_key.end() ? -1 : old_of(std::get<0>(k));
      if (oi < 0) return false;
      const int of = field_index(before.at(oi), old_name);
      const int nf = field_index(after.at(ni->second), std::get<1>(k));
      return of >= 0 && nf >= 0 &&
             !same_field(before.at(oi).fields[static_cast<std::size_t>(of)],
                         after.at(ni->second).fields[static_cast<std::size_t>(nf)]);
    });
  }

  void detect() {
    read_options();
    drop_changed_renames();
    // RenameModel
    for (const auto& [old_key, new_key] : renamed_models) {
      const model& nm = after.at(new_by_key.at(new_key));
      const model& om = before.at(old_by_key.at(old_key));
      add(operation_kind::rename_model, nm, nm.name,
          detail_of(old_by_key.at(old_key), new_by_key.at(new_key)), om.name);
    }
    // CreateModel; a managed model that was unmanaged keeps the table it has (or has not).
    for (const auto& [key, ni] : new_by_key)
      if (old_of(key) < 0 && !was_unmanaged(key))
        add(operation_kind::create_model, after.at(ni), {}, detail_of(-1, ni));
    created_without_table();
    // Surviving models, field by field.
    std::vector<std::pair<int, int>> pairs;
    for (const auto& [key, ni] : new_by_key)
      if (const int oi = old_of(key); oi >= 0) pairs.emplace_back(oi, ni);
    // AlterModelTable right after the renames, so every later operation names the table it
    // ends with (Django puts it last; the statements differ only in their order).
    for (auto [oi, ni] : pairs) altered_table(oi, ni);
    for (auto [oi, ni] : pairs) removed_meta(oi, ni);
    for (auto [oi, ni] : pairs) renamed_fields_of(oi, ni);
    for (auto [oi, ni] : pairs) removed_fields(oi, ni);
    for (auto [oi, ni] : pairs) added_fields(oi, ni);
    for (auto [oi, ni] : pairs) altered_fields(oi, ni);
    for (auto [oi, ni] : pairs) together(oi, ni);
    for (auto [oi, ni] : pairs) added_meta(oi, ni);
    // DeleteModel; a model made unmanaged keeps its table.
    for (const auto& [key, oi] : old_by_key)
      if (!renamed_models.contains(key) && !new_by_key.contains(key) && !is_unmanaged(key))
        add(operation_kind::delete_model, before.at(oi), {}, detail_of(oi, -1));
    deleted_without_table();
    altered_options();
  }

  bool in_set(const std::map<std::string, int>& any, const schema& s, const std::string& key,
              model_set which) const {
    const auto it = any.find(key);
    return it != any.end() && set_of(s.at(it->second)) == which;
  }
  bool was_unmanaged(const std::string& key) const {
    return in_set(old_any, before, key, model_set::unmanaged);
  }
  bool is_unmanaged(const std::string& key) const {
    return in_set(new_any, after, key, model_set::unmanaged);
  }
  // Managed or unmanaged: the models whose fields Django's state keeps (not proxies).
  bool concrete_in(const std::map<std::string, int>& any, const schema& s,
                   const std::string& key) const {
    return in_set(any, s, key, model_set::managed) || in_set(any, s, key, model_set::unmanaged);
  }

  // CreateModel of an unmanaged model or a proxy: an operation without SQL.
  void created_without_table() {
    for (const auto& [key, ni] : new_any) {
      const model_set which = set_of(after.at(ni));
      if (which == model_set::managed) continue;
      const bool existed = which == model_set::proxy ? in_set(old_any, before, key, which)
                                                     : concrete_in(old_any, before, key);
      if (!existed) add(operation_kind::create_model, after.at(ni), {}, no_sql_detail(-1, ni));
    }
  }

  void deleted_without_table() {
    for (const auto& [key, oi] : old_any) {
      const model_set which = set_of(before.at(oi));
      if (which == model_set::managed) continue;
      const bool stays = which == model_set::proxy ? in_set(new_any, after, key, which)
                                                   : concrete_in(new_any, after, key);
      if (!stays) add(operation_kind::delete_model, before.at(oi), {}, no_sql_detail(oi, -1));
    }
  }

  // AlterModelOptions (Django's generate_altered_options): `managed` switched, which leaves the
  // table (or its absence) as it is, or a new Meta.ordering or default_related_name, on kept
  // models and proxies; none of them runs SQL. An ordering a proxy or a multi-table child
  // inherits is not in Django's state of it: a change that only follows the parent's is none.
  void altered_options() {
    for (const auto& [key, oi] : old_any) {
      const auto it = new_any.find(key);
      if (it == new_any.end()) continue;
      const bool concrete = concrete_in(old_any, before, key) && concrete_in(new_any, after, key);
      const bool proxy = in_set(old_any, before, key, model_set::proxy) &&
                         in_set(new_any, after, key, model_set::proxy);
      if (!concrete && !proxy) continue;
      const model& om = before.at(oi);
      const model& nm = after.at(it->second);
      if (om.managed != nm.managed || om.default_related_name != nm.default_related_name ||
          own_ordering(before, om) != own_ordering(after, nm))
        add(operation_kind::alter_model_options, nm, {}, no_sql_detail(oi, it->second));
    }
  }

  // Meta.ordering as Django's model state records it: empty where it is the parent's.
  static std::vector<std::string> own_ordering(const schema& s, const model& m) {
    const model* parent = nullptr;
    if (m.is_proxy() && m.concrete >= 0)
      parent = &s.at(m.concrete);
    else if (!m.parents.empty())
      parent = &s.at(m.fields[static_cast<std::size_t>(m.parents.front())].target_model);
    if (parent && parent->ordering == m.ordering) return {};
    return m.ordering;
  }

  // A new field's old name (itself unless renamed).
  std::string old_name_of(const model& nm, const std::string& name) const {
    const auto it = renamed_fields.find({key_of(nm), name});
    return it == renamed_fields.end() ? name : it->second;
  }

  void renamed_fields_of(int oi, int ni) {
    const model& om = before.at(oi);
    const model& nm = after.at(ni);
    for (const auto& [k, old_name] : renamed_fields) {
      if (std::get<0>(k) != key_of(nm)) continue;
      const int of = field_index(om, old_name);
      if (of < 0)
        fail(error_code::bad_argument,
             fmt::format("--rename-field: the old schema has no field {}.{}.{}", om.app_label,
                         om.name, old_name));
      add(operation_kind::rename_field, nm, std::get<1>(k),
          detail_of(oi, ni, of, field_index(nm, std::get<1>(k))), old_name);
    }
  }

  bool kept(const model& nm, const field& of) const {
    for (const auto& f : nm.fields)
      if (old_name_of(nm, f.name) == of.name) return true;
    return false;
  }

  // Fields that turn from many-to-many into a column or back are removed and added.
  static bool kind_changes(const field& a, const field& b) {
    return (a.type == field_type::many_to_many) != (b.type == field_type::many_to_many);
  }

  void removed_fields(int oi, int ni) {
    const model& om = before.at(oi);
    const model& nm = after.at(ni);
    for (std::size_t fi : by_name(om)) {
      const field& f = om.fields[fi];
      const field* nf = nullptr;
      for (const auto& g : nm.fields)
        if (old_name_of(nm, g.name) == f.name) nf = &g;
      if (nf != nullptr && !kind_changes(f, *nf)) continue;
      add(operation_kind::remove_field, nm, f.name, detail_of(oi, ni, static_cast<int>(fi)));
    }
  }

  [[noreturn]] void ask(const model& m, const field& f, std::string_view why) const {
    fail(error_code::needs_default,
         fmt::format("{}.{}.{}: {} without a default; existing rows need a value: pass "
                     "--default {}.{}.{}=VALUE (a Python literal)",
                     m.app_label, m.name, f.name, why, m.app_label, m.name, f.name));
  }

  std::optional<value> answer(const model& nm, const field& f) const {
    const auto it = defaults.find({key_of(nm), f.name});
    if (it == defaults.end()) return std::nullopt;
    return it->second;
  }

  void added_fields(int oi, int ni) {
    const model& om = before.at(oi);
    const model& nm = after.at(ni);
    for (std::size_t fi : by_name(nm)) {
      const field& f = nm.fields[fi];
      const int of = field_index(om, old_name_of(nm, f.name));
      if (of >= 0 && !kind_changes(om.fields[static_cast<std::size_t>(of)], f)) continue;
      op_detail d = detail_of(oi, ni, -1, static_cast<int>(fi));
      const bool filled = f.null || f.default_value || f.type == field_type::many_to_many ||
                          (f.blank && ddl_detail::allows_empty_string(f.type));
      if (f.default_value)
        d.fill = f.default_value;
      else if (!filled) {
        d.fill = answer(nm, f);
        if (!d.fill) ask(nm, f, "a NOT NULL field is added");
      } else if (!f.null && f.type != field_type::many_to_many)
        d.fill = value(std::string());
      add(operation_kind::add_field, nm, f.name, std::move(d));
    }
  }

  // A many-to-many whose link table is named after its renamed model (RenameModel moves it).
  bool renamed_link_only(const model& om, const field& a, const model& nm, const field& b) const {
    if (a.type != field_type::many_to_many || om.name == nm.name) return false;
    field renamed = a;
    renamed.m2m_table = b.m2m_table;
    return a.m2m_table == om.db_table + "_" + a.name && b.m2m_table == nm.db_table + "_" + b.name &&
           same_field(renamed, b);
  }

  void altered_fields(int oi, int ni) {
    const model& om = before.at(oi);
    const model& nm = after.at(ni);
    for (std::size_t fi : by_name(nm)) {
      const field& f = nm.fields[fi];
      const int of = field_index(om, old_name_of(nm, f.name));
      if (of < 0) continue;
      const field& old = om.fields[static_cast<std::size_t>(of)];
      if (kind_changes(old, f) || same_field(old, f) || renamed_link_only(om, old, nm, f)) continue;
      op_detail d = detail_of(oi, ni, of, static_cast<int>(fi));
      if (f.default_value) d.fill = f.default_value;
      if (old.null && !f.null && !f.default_value && f.type != field_type::many_to_many) {
        d.fill = answer(nm, f);
        if (!d.fill) ask(nm, f, "a field is made NOT NULL");
      }
      add(operation_kind::alter_field, nm, f.name, std::move(d));
    }
  }

  // unique_together / index_together as sets of column groups, named by fields after renames.
  std::set<std::vector<std::string>> groups(const model& m,
                                            const std::vector<std::vector<std::string>>& g,
                                            const model* renamed_in) const {
    std::set<std::vector<std::string>> out;
    for (auto group : g) {
      if (renamed_in != nullptr)
        for (auto& name : group)
          for (const auto& [k, old_name] : renamed_fields)
            if (std::get<0>(k) == key_of(*renamed_in) && old_name == name) name = std::get<1>(k);
      out.insert(group);
    }
    (void)m;
    return out;
  }

  void together(int oi, int ni) {
    const model& om = before.at(oi);
    const model& nm = after.at(ni);
    if (groups(om, om.unique_together, &nm) != groups(nm, nm.unique_together, nullptr))
      add(operation_kind::alter_unique_together, nm, {}, detail_of(oi, ni));
    if (groups(om, om.index_together, &nm) != groups(nm, nm.index_together, nullptr))
      add(operation_kind::alter_index_together, nm, {}, detail_of(oi, ni));
  }

  static bool same_index(const index_def& a, const index_def& b) {
    return std::tie(a.name, a.fields, a.opclasses, a.condition, a.expressions, a.method, a.storage,
                    a.include) == std::tie(b.name, b.fields, b.opclasses, b.condition,
                                           b.expressions, b.method, b.storage, b.include);
  }
  static bool same_constraint(const constraint_def& a, const constraint_def& b) {
    return std::tie(a.what, a.name, a.fields, a.condition, a.deferrable, a.include, a.opclasses) ==
           std::tie(b.what, b.name, b.fields, b.condition, b.deferrable, b.include, b.opclasses);
  }
  static std::string index_label(const index_def& idx) {
    return idx.name.empty() ? fmt::format("({})", fmt::join(idx.fields, ", ")) : idx.name;
  }

  void removed_meta(int oi, int ni) {
    const model& om = before.at(oi);
    const model& nm = after.at(ni);
    for (std::size_t i = 0; i < om.constraints.size(); ++i)
      if (std::none_of(nm.constraints.begin(), nm.constraints.end(),
                       [&](const auto& c) { return same_constraint(c, om.constraints[i]); }))
        add(operation_kind::remove_constraint, nm, om.constraints[i].name,
            detail_of(oi, ni, -1, -1, static_cast<int>(i)));
    for (std::size_t i = 0; i < om.indexes.size(); ++i)
      if (std::none_of(nm.indexes.begin(), nm.indexes.end(),
                       [&](const auto& x) { return same_index(x, om.indexes[i]); }))
        add(operation_kind::remove_index, nm, index_label(om.indexes[i]),
            detail_of(oi, ni, -1, -1, static_cast<int>(i)));
  }

  void added_meta(int oi, int ni) {
    const model& om = before.at(oi);
    const model& nm = after.at(ni);
    for (std::size_t i = 0; i < nm.indexes.size(); ++i)
      if (std::none_of(om.indexes.begin(), om.indexes.end(),
                       [&](const auto& x) { return same_index(x, nm.indexes[i]); }))
        add(operation_kind::add_index, nm, index_label(nm.indexes[i]),
            detail_of(oi, ni, -1, -1, -1, static_cast<int>(i)));
    for (std::size_t i = 0; i < nm.constraints.size(); ++i)
      if (std::none_of(om.constraints.begin(), om.constraints.end(),
                       [&](const auto& c) { return same_constraint(c, nm.constraints[i]); }))
        add(operation_kind::add_constraint, nm, nm.constraints[i].name,
            detail_of(oi, ni, -1, -1, -1, static_cast<int>(i)));
  }

  void altered_table(int oi, int ni) {
    const model& om = before.at(oi);
    const model& nm = after.at(ni);
    const bool renamed = renamed_models.contains(key_of(om));
    if ((renamed ? migrate_detail::table_after_rename(om, nm) : om.db_table) != nm.db_table)
      add(operation_kind::alter_model_table, nm, nm.db_table, renamed_detail(oi, ni));
  }
};

}  // namespace

migration_plan plan_migration(const schema& before, const schema& after,
                              const migrate_options& options) {
  detector d{before, after, options, {}, {}, {}, {}, {}, {}, {}, {}, {}};
  d.detect();
  auto state = std::make_shared<migrate_detail::plan_state>(
      migrate_detail::plan_state{before, after, std::move(d.details)});
  return migration_plan(std::move(d.ops), std::move(state));
}

}  // namespace sqlweave
