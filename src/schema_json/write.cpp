// SPDX-License-Identifier: MIT
// to_json: a finalized schema in the sqlweave-schema/1 form. Options at their Django default
// are left out, so a file says what its models declare; relations name their targets as
// `app.Model` whatever the models.py wrote, so two readers of one project write one text.
#include <nlohmann/json.hpp>

#include "catalog/on_delete.hpp"
#include "schema_json/format.hpp"
#include "sqlweave/schema_json.hpp"

namespace sqlweave {
namespace {

using json = nlohmann::ordered_json;
using namespace schema_json_detail;

json value_json(const value& v) {
  switch (v.kind()) {
    case value_kind::null: return nullptr;
    case value_kind::boolean: return v.as_bool();
    case value_kind::integer: return v.as_int();
    case value_kind::real: return v.as_real();
    case value_kind::text: return v.as_text();
    case value_kind::date: return json{{"date", to_iso(v.as_date())}};
    case value_kind::datetime: return json{{"datetime", to_iso(v.as_datetime())}};
    case value_kind::decimal: return json{{"decimal", v.as_decimal().text}};
    case value_kind::duration: return json{{"duration", v.as_duration().microseconds}};
    case value_kind::time: return json{{"time", to_iso(v.as_time())}};
    case value_kind::bytes: return json{{"bytes", to_hex(v.as_bytes())}};
  }
  return nullptr;
}

void put_text(json& out, const char* key, const std::string& text) {
  if (!text.empty()) out[key] = text;
}

template <class List>
void put_list(json& out, const char* key, const List& list) {
  if (!list.empty()) out[key] = list;
}

std::string label_of_name(const schema& s, const std::string& name) {
  const int i = s.find_model(name);
  return i < 0 ? name : label_of(s.at(i));
}

json manager_json(const manager& m) {
  json out;
  out["name"] = m.name;
  put_text(out, "chain", m.chain);
  put_text(out, "unreadable", m.unreadable);
  if (m.methods.empty()) return out;
  json list = json::array();
  for (const auto& f : m.methods) {
    json x;
    x["name"] = f.name;
    if (!f.parameters.empty()) x["parameters"] = f.parameters;
    put_text(x, "chain", f.chain);
    put_text(x, "unreadable", f.unreadable);
    if (!f.on_manager) x["on_manager"] = false;
    if (f.on_queryset) x["on_queryset"] = true;
    list.push_back(std::move(x));
  }
  out["methods"] = std::move(list);
  return out;
}

json field_json(const schema& s, const field& f) {
  json out;
  out["name"] = f.name;
  out["class"] = to_string(f.type);
  if (f.null) out["null"] = true;
  if (f.blank) out["blank"] = true;
  if (f.primary_key) out["primary_key"] = true;
  if (f.unique) out["unique"] = true;
  if (f.db_index != fields::make(f.name, f.type).db_index) out["db_index"] = f.db_index;
  put_text(out, "db_column", f.db_column);
  if (f.default_value) out["default"] = value_json(*f.default_value);
  if (f.max_length != 0) out["max_length"] = f.max_length;
  if (f.unlimited_length) out["max_length"] = nullptr;
  if (f.max_digits != 0) out["max_digits"] = f.max_digits;
  if (f.decimal_places != 0) out["decimal_places"] = f.decimal_places;
  if (f.type == field_type::array_field) {
    // The base field takes the array's name (ArrayField.set_attributes_from_name) and has no
    // column of its own.
    json base = field_json(s, f.base_field.front());
    base.erase("column");
    base.erase("types");
    out["base_field"] = std::move(base);
    if (f.array_size != 0) out["size"] = f.array_size;
  }
  if (f.is_relation()) {
    out["to"] = label_of(s.at(f.target_model));
    put_text(out, "to_field", f.to_field);
    put_text(out, "related_name", f.related_name);
    put_text(out, "related_query_name", f.related_query_name);
    if (!f.through.empty()) out["through"] = label_of_name(s, f.through);
    put_list(out, "through_fields", f.through_fields);
    if (f.symmetrical) out["symmetrical"] = *f.symmetrical;
    // finalize() fills an implicit link table's name; an explicit through model has none.
    put_text(out, "db_table", f.m2m_table);
    if (!f.db_constraint) out["db_constraint"] = false;
    if (f.parent_link) out["parent_link"] = true;
    if (f.is_forward_single()) out["on_delete"] = catalog::to_string(f.on_delete);
    if (f.on_delete_value) out["on_delete_value"] = value_json(*f.on_delete_value);
    put_text(out, "on_delete_callable", f.on_delete_callable);
  }
  if (f.type == field_type::many_to_many) return out;
  out["column"] = f.column;
  json types = json::object();
  for (const auto& [d, type] : column_types(s, f)) types[std::string(to_string(d))] = type;
  out["types"] = std::move(types);
  return out;
}

json generic_relation_json(const schema& s, const generic_relation& g) {
  json out;
  out["name"] = g.name;
  out["to"] = label_of_name(s, g.target);
  if (g.object_id_field != "object_id") out["object_id_field"] = g.object_id_field;
  if (g.content_type_field != "content_type") out["content_type_field"] = g.content_type_field;
  put_text(out, "related_query_name", g.related_query_name);
  if (!g.for_concrete_model) out["for_concrete_model"] = false;
  return out;
}

json index_json(const index_def& x) {
  json out;
  put_text(out, "name", x.name);
  put_list(out, "fields", x.fields);
  put_list(out, "opclasses", x.opclasses);
  put_text(out, "condition", x.condition);
  put_list(out, "expressions", x.expressions);
  put_text(out, "method", x.method);
  put_list(out, "storage", x.storage);
  put_list(out, "include", x.include);
  return out;
}

json constraint_json(const constraint_def& c) {
  json out;
  out["kind"] = to_string(c.what);
  out["name"] = c.name;
  put_list(out, "fields", c.fields);
  put_text(out, "condition", c.condition);
  if (c.deferrable != constraint_def::deferral::none) out["deferrable"] = to_string(c.deferrable);
  put_list(out, "include", c.include);
  put_list(out, "opclasses", c.opclasses);
  return out;
}

json model_json(const schema& s, const model& m) {
  json out;
  out["app"] = m.app_label;
  out["name"] = m.name;
  if (m.is_proxy()) {
    out["proxy_for"] = label_of_name(s, m.proxy_for);
  } else {
    out["table"] = m.db_table;
    if (!m.managed) out["managed"] = false;
  }
  put_list(out, "ordering", m.ordering);
  put_text(out, "ordering_unreadable", m.ordering_unreadable);
  // Present whenever Meta sets it: an empty list still lets earliest() run, unordered.
  if (m.get_latest_by) out["get_latest_by"] = *m.get_latest_by;
  put_list(out, "unique_together", m.unique_together);
  put_list(out, "index_together", m.index_together);
  if (!m.indexes.empty()) {
    json list = json::array();
    for (const auto& x : m.indexes) list.push_back(index_json(x));
    out["indexes"] = std::move(list);
  }
  if (!m.constraints.empty()) {
    json list = json::array();
    for (const auto& c : m.constraints) list.push_back(constraint_json(c));
    out["constraints"] = std::move(list);
  }
  put_text(out, "default_related_name", m.default_related_name);
  if (!m.managers.empty()) {
    json list = json::array();
    for (const auto& x : m.managers) list.push_back(manager_json(x));
    out["managers"] = std::move(list);
  }
  if (!m.constants.empty()) {
    json list = json::array();
    for (const auto& c : m.constants) list.push_back(json{{"name", c.name}, {"value", c.text}});
    out["constants"] = std::move(list);
  }
  if (!m.generic_relations.empty()) {
    json list = json::array();
    for (const auto& g : m.generic_relations) list.push_back(generic_relation_json(s, g));
    out["generic_relations"] = std::move(list);
  }
  if (m.is_proxy()) return out;  // its fields are its concrete model's
  json list = json::array();
  for (const auto& f : m.fields) list.push_back(field_json(s, f));
  out["fields"] = std::move(list);
  return out;
}

}  // namespace

std::string to_json(const schema& s) {
  json out;
  out["format"] = schema_json_format;
  json models = json::array();
  for (const auto& m : s.models()) models.push_back(model_json(s, m));
  out["models"] = std::move(models);
  return out.dump(2) + "\n";
}

}  // namespace sqlweave
