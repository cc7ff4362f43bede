// SPDX-License-Identifier: MIT
#include "migrate/editor.hpp"

#include <fmt/format.h>

#include "ddl/column_types.hpp"

namespace sqlweave::migrate_detail {

editor::editor(const plan_state& state_, dialect_id d_)
    : state(state_),
      d(d_),
      traits(editor_traits_of(d_)),
      old_cx(state_.before, d_),
      new_cx(state_.after, d_) {}

const field& editor::old_field(const op_detail& o) const {
  return old_model(o).fields[static_cast<std::size_t>(o.old_field)];
}

const field& editor::new_field(const op_detail& o) const {
  return new_model(o).fields[static_cast<std::size_t>(o.new_field)];
}

std::string editor::fill(std::string_view templ, fields_of_template values) {
  std::string out;
  for (std::size_t at = 0; at < templ.size();) {
    const auto open = templ.find('{', at);
    if (open == std::string_view::npos) {
      out += templ.substr(at);
      break;
    }
    out += templ.substr(at, open - at);
    const auto close = templ.find('}', open);
    const auto name = templ.substr(open + 1, close - open - 1);
    for (const auto& [k, v] : values)
      if (k == name) out += v;
    at = close + 1;
  }
  return out;
}

void editor::drop_foreign_key(const ddl_detail::ddl_context& cx, const model& m, const field& f,
                              std::string_view table) {
  const std::string name = cx.quoted(ddl_detail::foreign_key_name(cx, m, f));
  if (traits.immediate_before_drop)
    out.push_back(fmt::format("SET CONSTRAINTS {} IMMEDIATE", name));
  out.push_back(fill(traits.drop_foreign_key, {{"table", cx.quoted(table)}, {"name", name}}));
}

std::string editor::type_of(const ddl_detail::ddl_context& cx, const field& f) const {
  if (f.is_forward_single())
    return ddl_detail::related_column_type(ddl_detail::stored_key_of(cx, f), d);
  return ddl_detail::column_type(f, d);
}

namespace {

// A column type without its parameters: `varchar(10)[2]` is `varchar[]`.
std::string data_type(std::string_view type) {
  std::string out;
  bool in_parameters = false;
  for (char c : type) {
    if (c == '(') in_parameters = true;
    const bool array_size = out.ends_with('[') && c >= '0' && c <= '9';
    if (!in_parameters && !array_size) out += c;
    if (c == ')') in_parameters = false;
  }
  return out;
}

// Text as MySQLdb's escape_string writes it.
std::string mysqldb_text(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    switch (c) {
      case '\0': out += "\\0"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\x1a': out += "\\Z"; break;
      case '\\':
      case '\'':
      case '"':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out + "'";
}

}  // namespace

std::string editor::default_sql(const value& v) const {
  if (!traits.driver_literals) return ddl_detail::quote_value(v, d);
  switch (v.kind()) {
    case value_kind::boolean: return v.as_bool() ? "b'1'" : "b'0'";
    case value_kind::real: {
      std::string number = v.to_string();  // Python's repr, which Float2Str ends with e0
      return number.find('e') == std::string::npos ? number + "e0" : number;
    }
    case value_kind::text: return mysqldb_text(v.as_text());
    case value_kind::null:
    case value_kind::integer:
    case value_kind::decimal:
    case value_kind::date:
    case value_kind::datetime:
    case value_kind::time:
    case value_kind::duration:
    case value_kind::bytes: return ddl_detail::quote_value(v, d);
  }
  return ddl_detail::quote_value(v, d);
}

std::string editor::alter_type(std::string_view table, std::string_view column,
                               std::string_view type, const ddl_detail::ddl_context& ca,
                               const field& a, const ddl_detail::ddl_context& cb,
                               const field& b) const {
  std::string sql = fill(traits.alter_type, {{"table", table}, {"column", column}, {"type", type}});
  const std::string old_type = type_of(ca, a);
  const std::string new_type = type_of(cb, b);
  const bool changes = a.is_relation() || b.is_relation()
                           ? old_type != new_type
                           : data_type(old_type) != data_type(new_type);
  if (changes) sql += fill(traits.alter_type_cast, {{"column", column}, {"type", type}});
  return sql;
}

}  // namespace sqlweave::migrate_detail
