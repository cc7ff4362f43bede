// SPDX-License-Identifier: MIT
// Oracle: a primary key made an AutoField. MODIFY cannot make a column an identity column
// (ORA-30673), so Django's alter_field falls back to _delete_primary_key and
// _alter_field_type_workaround: a new identity column under a temporary name, the values
// copied into it, the old column dropped, the new one renamed.
#include <fmt/format.h>

#include <array>

#include "ddl/names.hpp"
#include "migrate/editor.hpp"

namespace sqlweave::migrate_detail {

void make_identity_column(editor& e, const op_detail& o, const field& a, const field& b) {
  const model& nm = e.new_model(o);
  const std::string table = e.new_cx.quoted(nm.db_table);
  // Django suffixes the temporary column with Python's hash() of its name, which changes from
  // process to process; a digest of the table and column is as unique and stays the same.
  const std::array<std::string, 2> parts{nm.db_table, b.column};
  field temporary = b;
  temporary.column = fmt::format("{}_{}", b.column, ddl_detail::names_digest(parts, 8));
  const std::string temp_column = e.new_cx.quoted(temporary.column);
  const std::string old_column = e.old_cx.quoted(a.column);
  // The constraint's name is Oracle's own (SYS_C...), which Django looks up; this form needs none.
  e.out.push_back(fmt::format("ALTER TABLE {} DROP PRIMARY KEY", table));
  // The identity numbers the rows already there; the UPDATE gives them their own values back.
  // As in Django, the identity continues from the number of rows, not from the largest value.
  e.out.push_back(editor::fill(
      e.traits.add_column, {{"table", table},
                            {"column", temp_column},
                            {"definition", ddl_detail::column_definition(e.new_cx, temporary)}}));
  e.out.push_back(fmt::format("UPDATE {} SET {} = {}", table, temp_column, old_column));
  e.out.push_back(editor::fill(e.traits.drop_column, {{"table", table}, {"column", old_column}}));
  e.out.push_back(editor::fill(
      e.traits.rename_column,
      {{"table", table}, {"column", temp_column}, {"new_column", e.new_cx.quoted(b.column)}}));
}

}  // namespace sqlweave::migrate_detail
