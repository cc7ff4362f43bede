// SPDX-License-Identifier: MIT
#include "schema_json/format.hpp"

#include <array>

#include "ddl/column_types.hpp"

namespace sqlweave::schema_json_detail {
namespace {

constexpr std::array<std::pair<constraint_def::kind, std::string_view>, 2> constraint_kinds{{
    {constraint_def::kind::unique, "unique"},
    {constraint_def::kind::check, "check"},
}};

// `none` is written as an absent key, so it has no name.
constexpr std::array<std::pair<constraint_def::deferral, std::string_view>, 2> deferrals{{
    {constraint_def::deferral::deferred, "deferred"},
    {constraint_def::deferral::immediate, "immediate"},
}};

template <class Table, class Key>
std::string_view name_in(const Table& table, Key key) {
  for (const auto& [k, name] : table)
    if (k == key) return name;
  return {};
}

template <class Key, class Table>
std::optional<Key> key_in(const Table& table, std::string_view name) {
  for (const auto& [k, n] : table)
    if (n == name) return k;
  return std::nullopt;
}

}  // namespace

std::string_view to_string(constraint_def::kind k) {
  return name_in(constraint_kinds, k);
}
std::optional<constraint_def::kind> constraint_kind_from_name(std::string_view name) {
  return key_in<constraint_def::kind>(constraint_kinds, name);
}

std::string_view to_string(constraint_def::deferral d) {
  return name_in(deferrals, d);
}
std::optional<constraint_def::deferral> deferral_from_name(std::string_view name) {
  return key_in<constraint_def::deferral>(deferrals, name);
}

std::vector<std::pair<dialect_id, std::string>> column_types(const schema& s, const field& f) {
  std::vector<std::pair<dialect_id, std::string>> out;
  if (f.type == field_type::many_to_many) return out;
  for (const dialect_id d : all_dialects) {
    if (f.is_forward_single()) {
      // The key may itself be a relation (an MTI child's `<parent>_ptr`): its stored type is
      // the one at the end of the chain.
      const field* key = &f;
      while (key->is_forward_single())
        key = &s.at(key->target_model).fields[static_cast<std::size_t>(key->target_field)];
      out.emplace_back(d, ddl_detail::related_column_type(*key, d));
      continue;
    }
    // A django.contrib.postgres field has a column on PostgreSQL alone.
    if (postgres_only(f.type) && d != dialect_id::postgresql) continue;
    // So has a CharField without max_length (Django 4.2).
    if (f.unlimited_length && d != dialect_id::postgresql) continue;
    out.emplace_back(d, ddl_detail::column_type(f, d));
  }
  return out;
}

std::string label_of(const model& m) {
  return m.app_label.empty() ? m.name : m.app_label + "." + m.name;
}

}  // namespace sqlweave::schema_json_detail
