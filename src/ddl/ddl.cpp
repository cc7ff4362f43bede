// SPDX-License-Identifier: MIT
// One migration creating every managed model, as Django 3.2 runs it: each model's CREATE TABLE
// followed by its auto-created link tables, and at the end the statements the schema editor
// deferred, in the order it deferred them.
#include "sqlweave/ddl.hpp"

#include <iterator>
#include <stdexcept>

#include "ddl/context.hpp"

namespace sqlweave {
namespace {

// The relation a ManyToManyField declares, leaving its model: the first one of the field (for a
// self relation the reverse direction leaves the model too, after it).
const relation& forward_m2m(const schema& s, const model& m, int field_index) {
  for (int ri : m.relations)
    if (s.rel(ri).how == relation::kind::m2m && s.rel(ri).field_index == field_index)
      return s.rel(ri);
  throw std::logic_error("schema::finalize gives every ManyToManyField its relation");
}

}  // namespace

std::vector<std::string> ddl(const schema& s, dialect_id d) {
  const ddl_detail::ddl_context cx(s, d);
  std::vector<std::string> creates;
  std::vector<std::string> deferred;
  const auto add = [&](const model& m) {
    ddl_detail::table_statements out;
    const ddl_detail::table_def t{m};
    ddl_detail::create_table(cx, t, out);
    ddl_detail::table_indexes(cx, t, out);
    creates.push_back(std::move(out.create));
    deferred.insert(deferred.end(), std::make_move_iterator(out.deferred.begin()),
                    std::make_move_iterator(out.deferred.end()));
  };
  for (std::size_t mi = 0; mi < s.models().size(); ++mi) {
    const model& m = s.models()[mi];
    if (!m.managed || m.is_proxy()) continue;
    add(m);
    for (std::size_t fi = 0; fi < m.fields.size(); ++fi)
      if (m.fields[fi].type == field_type::many_to_many && m.fields[fi].through.empty())
        add(ddl_detail::link_model(s, forward_m2m(s, m, static_cast<int>(fi))));
  }
  creates.insert(creates.end(), std::make_move_iterator(deferred.begin()),
                 std::make_move_iterator(deferred.end()));
  return creates;
}

}  // namespace sqlweave
