// SPDX-License-Identifier: MIT
// CREATE TABLE / CREATE INDEX for a schema, per dialect: tables in dependency order, implicit M2M
// link tables after them, an index on every foreign key column.
#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "render/dialect.hpp"
#include "render/writer.hpp"
#include "sqlweave/compile.hpp"
#include "support/errors.hpp"

namespace sqlweave {
namespace {

std::string quoted(const render::dialect_traits& t, std::string_view name) {
  statement scratch;
  render::writer w(t, paramstyle::qmark, scratch);
  w.ident(name);
  return scratch.sql;
}

// The type an FK column stores: its target key's, never auto-incrementing.
field storage_of(const schema& s, const field& f) {
  if (!f.is_forward_single()) return f;
  field key = s.at(f.target_model).pk_field();
  if (key.type == field_type::auto_field) key.type = field_type::integer_field;
  if (key.type == field_type::big_auto_field) key.type = field_type::big_integer_field;
  key.column = f.column;
  return key;
}

// Django's Oracle columns for strings may hold '' and Oracle stores '' as NULL.
bool stores_text(const field& f) {
  return class_of(f.type) == type_class::text && f.type != field_type::uuid_field;
}

std::vector<int> dependency_order(const schema& s) {
  std::vector<int> order;
  std::vector<int> state(s.models().size(), 0);  // 0 new, 1 visiting, 2 done
  std::function<void(int)> visit = [&](int m) {
    if (state[static_cast<std::size_t>(m)] != 0) return;  // done, or a cycle: keep going
    state[static_cast<std::size_t>(m)] = 1;
    for (const auto& f : s.at(m).fields)
      if (f.is_forward_single() && f.target_model != m) visit(f.target_model);
    state[static_cast<std::size_t>(m)] = 2;
    order.push_back(m);
  };
  for (std::size_t i = 0; i < s.models().size(); ++i) visit(static_cast<int>(i));
  return order;
}

std::string index_statement(const render::dialect_traits& t, std::string_view table,
                            std::string_view column) {
  return fmt::format("CREATE INDEX {} ON {} ({})",
                     quoted(t, fmt::format("{}_{}_idx", table, column)), quoted(t, table),
                     quoted(t, column));
}

}  // namespace

std::vector<std::string> ddl(const schema& s, dialect_id d) {
  const auto& t = render::traits_of(d);
  std::vector<std::string> out;
  for (int mi : dependency_order(s)) {
    const model& m = s.at(mi);
    std::vector<std::string> columns;
    std::vector<std::string> indexes;
    for (int fi : m.columns) {
      const field& f = m.fields[static_cast<std::size_t>(fi)];
      const field stored = storage_of(s, f);
      std::string col = fmt::format("{} {}", quoted(t, f.column), t.column_type(stored));
      if (!f.is_auto()) {
        const bool nullable = f.null || (t.empty_string_is_null && stores_text(f));
        col += nullable ? " NULL" : " NOT NULL";
        if (f.primary_key)
          col += " PRIMARY KEY";
        else if (f.unique || f.type == field_type::one_to_one)
          col += " UNIQUE";
      }
      if (f.is_forward_single()) {
        const model& target = s.at(f.target_model);
        col += fmt::format(" REFERENCES {} ({})", quoted(t, target.db_table),
                           quoted(t, target.pk_field().column));
        if (!f.unique && f.type != field_type::one_to_one)
          indexes.push_back(index_statement(t, m.db_table, f.column));
      } else if (f.db_index && !f.unique && !f.primary_key) {
        indexes.push_back(index_statement(t, m.db_table, f.column));
      }
      columns.push_back(std::move(col));
    }
    for (const auto& group : m.unique_together) {
      std::vector<std::string> cols;
      for (const auto& name : group) {
        const member* mem = m.find(name);
        if (!mem || mem->what != member::kind::column)
          fail(error_code::bad_schema,
               fmt::format("unique_together of {} names unknown field '{}'", m.name, name));
        cols.push_back(quoted(t, m.fields[static_cast<std::size_t>(mem->index)].column));
      }
      columns.push_back(fmt::format("UNIQUE ({})", fmt::join(cols, ", ")));
    }
    out.push_back(
        fmt::format("CREATE TABLE {} ({})", quoted(t, m.db_table), fmt::join(columns, ", ")));
    out.insert(out.end(), indexes.begin(), indexes.end());
  }
  // Implicit M2M link tables: (id, <from>_id, <to>_id), unique per pair. Each M2M is a relation
  // in both directions; the first one seen is the declaring side.
  std::vector<std::string> seen;
  for (const auto& r : s.relations()) {
    if (r.how != relation::kind::m2m || r.link_model >= 0) continue;
    if (std::find(seen.begin(), seen.end(), r.link_table) != seen.end()) continue;
    seen.push_back(r.link_table);
    const model& from = s.at(r.from_model);
    const model& to = s.at(r.to_model);
    field id;
    id.type = field_type::auto_field;
    auto key_type = [&](field k) {
      if (k.type == field_type::auto_field) k.type = field_type::integer_field;
      if (k.type == field_type::big_auto_field) k.type = field_type::big_integer_field;
      return t.column_type(k);
    };
    out.push_back(fmt::format(
        "CREATE TABLE {} ({} {}, {} {} NOT NULL REFERENCES {} ({}), {} {} NOT NULL REFERENCES {} "
        "({}), "
        "UNIQUE ({}, {}))",
        quoted(t, r.link_table), quoted(t, "id"), t.column_type(id), quoted(t, r.link_from_column),
        key_type(from.pk_field()), quoted(t, from.db_table), quoted(t, from.pk_field().column),
        quoted(t, r.link_to_column), key_type(to.pk_field()), quoted(t, to.db_table),
        quoted(t, to.pk_field().column), quoted(t, r.link_from_column),
        quoted(t, r.link_to_column)));
    out.push_back(index_statement(t, r.link_table, r.link_to_column));
  }
  return out;
}

}  // namespace sqlweave
