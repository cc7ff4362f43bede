// SPDX-License-Identifier: MIT
// One migration creating every managed model, as Django 3.2 runs it: each model's CREATE TABLE
// followed by its auto-created link tables, and at the end the statements the schema editor
// deferred, in the order it deferred them.
#include "sqlweave/ddl.hpp"

#include <iterator>
#include <stdexcept>

#include "ddl/context.hpp"

namespace sqlweave {
namespace ddl_detail {

const relation& forward_m2m(const schema& s, const model& m, int field_index) {
  const field& f = m.fields[static_cast<std::size_t>(field_index)];
  for (int ri : m.relations) {
    const relation& r = s.rel(ri);
    // A reverse many-to-many of another model's field has that field's index too.
    if (r.how == relation::kind::m2m && r.field_index == field_index &&
        r.to_model == f.target_model)
      return r;
  }
  throw std::logic_error("schema::finalize gives every ManyToManyField its relation");
}

void model_tables(const ddl_context& cx, const model& m, std::vector<std::string>& creates,
                  std::vector<std::string>& deferred) {
  const auto add = [&](const model& table) {
    table_statements out;
    const table_def t{table};
    create_table(cx, t, out);
    table_indexes(cx, t, out);
    creates.push_back(std::move(out.create));
    deferred.insert(deferred.end(), std::make_move_iterator(out.deferred.begin()),
                    std::make_move_iterator(out.deferred.end()));
  };
  add(m);
  for (std::size_t fi = 0; fi < m.fields.size(); ++fi)
    if (m.fields[fi].type == field_type::many_to_many && m.fields[fi].through.empty())
      add(link_model(cx.s, forward_m2m(cx.s, m, static_cast<int>(fi))));
}

std::vector<std::string> link_tables_of(const schema& s, const model& m) {
  std::vector<std::string> out;
  for (std::size_t fi = 0; fi < m.fields.size(); ++fi)
    if (m.fields[fi].type == field_type::many_to_many && m.fields[fi].through.empty())
      out.push_back(forward_m2m(s, m, static_cast<int>(fi)).link_table);
  return out;
}

}  // namespace ddl_detail

std::vector<std::string> ddl(const schema& s, dialect_id d) {
  const ddl_detail::ddl_context cx(s, d);
  std::vector<std::string> creates;
  std::vector<std::string> deferred;
  for (const auto& m : s.models())
    if (m.managed && !m.is_proxy()) ddl_detail::model_tables(cx, m, creates, deferred);
  creates.insert(creates.end(), std::make_move_iterator(deferred.begin()),
                 std::make_move_iterator(deferred.end()));
  return creates;
}

}  // namespace sqlweave
