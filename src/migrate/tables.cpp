// SPDX-License-Identifier: MIT
// CreateModel, DeleteModel, RenameModel and AlterModelTable: whole tables, with the link tables
// of their auto-created many-to-many fields.
#include <fmt/format.h>

#include "migrate/editor.hpp"

namespace sqlweave::migrate_detail {

void create_model(editor& e, const op_detail& o) {
  ddl_detail::model_tables(e.new_cx, e.new_model(o), e.out, e.deferred);
}

void delete_model(editor& e, const op_detail& o) {
  const model& m = e.old_model(o);
  for (const auto& link : ddl_detail::link_tables_of(e.state.before, m))
    e.out.push_back(editor::fill(e.traits.drop_table, {{"table", e.old_cx.quoted(link)}}));
  e.out.push_back(editor::fill(e.traits.drop_table, {{"table", e.old_cx.quoted(m.db_table)}}));
}

void rename_table(editor& e, const op_detail& o, bool by_rename) {
  const model& om = e.old_model(o);
  const model& nm = e.new_model(o);
  const std::string renamed = table_after_rename(om, nm);
  const std::string& from = by_rename ? om.db_table : (o.renamed ? renamed : om.db_table);
  const std::string& to = by_rename ? renamed : nm.db_table;
  if (from == to) return;
  if (!ddl_detail::link_tables_of(e.state.before, om).empty())
    fail(error_code::unsupported,
         fmt::format("renaming the table of {}.{}, which has many-to-many link tables, is not "
                     "planned yet",
                     om.app_label, om.name));
  e.out.push_back(editor::fill(e.traits.rename_table,
                               {{"table", e.old_cx.quoted(from)}, {"name", e.new_cx.quoted(to)}}));
}

}  // namespace sqlweave::migrate_detail
