// SPDX-License-Identifier: MIT
// Django's auto-created through model of a ManyToManyField (create_many_to_many_intermediary_
// model): an `id` of its app's auto field type, a ForeignKey to each side (`from_<model>` /
// `to_<model>` for a self relation), unique together.
#include <fmt/format.h>

#include "ddl/context.hpp"

namespace sqlweave::ddl_detail {
namespace {

field link_key(const schema& s, std::string column, int target) {
  field f = fields::foreign_key(column.substr(0, column.size() - 3), {}, on_delete::cascade);
  f.column = std::move(column);
  f.target_model = target;
  f.target_field = s.at(target).pk;
  return f;
}

}  // namespace

model link_model(const schema& s, const relation& r) {
  const model& from = s.at(r.from_model);
  model m;
  m.name =
      fmt::format("{}_{}", from.name, from.fields[static_cast<std::size_t>(r.field_index)].name);
  m.app_label = from.app_label;
  m.db_table = r.link_table;
  m.auto_created = true;
  field id = fields::make("id", from.fields[static_cast<std::size_t>(r.field_index)].link_id);
  id.primary_key = true;
  id.column = "id";
  m.fields.push_back(std::move(id));
  m.fields.push_back(link_key(s, r.link_from_column, r.from_model));
  m.fields.push_back(link_key(s, r.link_to_column, r.to_model));
  m.pk = 0;
  m.columns = {0, 1, 2};
  m.unique_together.push_back({m.fields[1].name, m.fields[2].name});
  return m;
}

}  // namespace sqlweave::ddl_detail
