// SPDX-License-Identifier: MIT
#include "resolve/level.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "catalog/catalog.hpp"
#include "precomputed.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {

level::level(context& cx_, int model_index_, level* outer_)
    : cx(cx_),
      m(cx_.s.at(model_index_)),
      model_index(model_index_),
      outer(outer_),
      sel(cx_.mem.make<ir::select>(cx_.mem.resource())) {
  if (outer) {
    if (cx.depth >= 26) fail(error_code::limit_exceeded, "subqueries nest too deep");
    alias_prefix = static_cast<char>('U' + cx.depth % 6);
    ++cx.depth;
  }
  ir::table_ref base;
  base.table = m.db_table;
  base.model = model_index;
  if (const auto* ready = cx.s.precomputed())
    base.ready_table = ready->tables[static_cast<std::size_t>(cx.dialect.id)].table(model_index);
  add_table(base);
}

int level::add_table(ir::table_ref t) {
  const auto n = sel->tables.size();
  const bool taken = std::any_of(sel->tables.begin(), sel->tables.end(),
                                 [&](auto* x) { return x->table == t.table; });
  if (alias_prefix != 0 || taken) {
    char buf[16];
    const auto len = alias_prefix == 0
                         ? fmt::format_to_n(buf, sizeof buf, "T{}", n + 1).size
                         : fmt::format_to_n(buf, sizeof buf, "{}{}", alias_prefix, n).size;
    t.alias = text({buf, len});
  }
  t.filter_call = filter_call;
  sel->tables.push_back(new_table(t));
  return static_cast<int>(n);
}

filtered_relation* level::find_filtered(std::string_view name) {
  for (auto& f : filtered)
    if (f.name == name) return &f;
  return nullptr;
}

const annotation* level::find_annotation(std::string_view name) const {
  for (const auto& a : annotations)
    if (a.name == name) return &a;
  return nullptr;
}

void level::unknown_name(std::string_view name, source_span span, const model& on) const {
  auto names = on.member_names();
  if (&on == &m)
    for (const auto& a : annotations) names.push_back(a.name);
  if (&on == &m)
    for (const auto& f : filtered) names.push_back(f.name);
  throw_unknown(error_code::unknown_field, "field", name, on.name, nearest_names(name, names),
                span);
}

namespace {

// The precomputed text of a model field's column read from the model's own table. The names
// are the schema's own strings when they are these, so addresses tell (else: quoted as usual).
std::string_view qualified_name(const context& cx, const ir::table_ref& t, std::string_view name,
                                const field* f) {
  const auto* ready = cx.s.precomputed();
  if (!f || !ready || t.model < 0 || t.derived || name.data() != f->column.data() ||
      name.size() != f->column.size())
    return {};
  const model& m = cx.s.at(t.model);
  if (t.table.data() != m.db_table.data() || t.table.size() != m.db_table.size()) return {};
  return ready->qualified_name(cx.dialect.id, t.model, m, f);
}

}  // namespace

ir::expr* level::column_of(const ir::table_ref* table, std::string_view name, const field* f) {
  ir::expr* e = cx.mem.node(ir::column{table, name, qualified_name(cx, *table, name, f)});
  if (f) e->type = f->type;
  return e;
}

std::span<const std::string_view> level::ready_columns(int table, const model& m) const {
  const auto* ready = cx.s.precomputed();
  const ir::table_ref& t = *sel->tables[static_cast<std::size_t>(table)];
  if (!ready || t.model < 0 || t.derived || &cx.s.at(t.model) != &m ||
      t.table.data() != m.db_table.data() || t.table.size() != m.db_table.size())
    return {};
  return ready->qualified_names(cx.dialect.id, t.model);
}

ir::expr* level::ready_column(const ir::table_ref* table, const field& f,
                              std::string_view qualified) {
  ir::expr* e = cx.mem.node(ir::column{table, f.column, qualified});
  e->type = f.type;
  return e;
}

std::string_view level::ready_join(int parent, int relation, int hop) const {
  const auto* ready = cx.s.precomputed();
  if (!ready) return {};
  const auto& r = cx.s.rel(relation);
  const std::string_view from = hop == 0 ? cx.s.at(r.from_model).db_table : r.link_table;
  const ir::table_ref& p = *sel->tables[static_cast<std::size_t>(parent)];
  // The schema's own string: a table by the same name from elsewhere may differ in content.
  if (p.table.data() != from.data() || p.table.size() != from.size()) return {};
  return ready->tables[static_cast<std::size_t>(cx.dialect.id)].join(relation, hop);
}

ir::expr* level::column(int table, std::string_view name, const field* f) {
  return column_of(sel->tables[static_cast<std::size_t>(table)], name, f);
}

ir::expr* level::param(const value* v, std::optional<field_type> type, source_span span) {
  if (v->is_null()) return null();
  ir::expr* e = cx.mem.node(ir::parameter{v}, span);
  e->type = type;
  return e;
}

ir::expr* level::kept_param(value v, std::optional<field_type> type, source_span span) {
  return param(cx.mem.keep(std::move(v)), type, span);
}

ir::expr* level::null() {
  return cx.mem.node(ir::null_literal{});
}

ir::expr* level::truth(bool b) {
  ir::expr* e = cx.mem.node(ir::truth{b});
  e->conditional = true;
  return e;
}

ir::expr* level::negate(ir::expr* e, bool bare) {
  return predicate(*this, ir::logical_not{e, bare}, {e});
}

ir::expr* level::is_null(ir::expr* e, bool negated) {
  return predicate(*this, ir::is_null{e, negated}, {e});
}

ir::expr* level::compare(ir::compare_op op, ir::expr* lhs, ir::expr* rhs) {
  return predicate(*this, ir::compare{op, lhs, rhs}, {lhs, rhs});
}

ir::expr* level::junction(bool any, std::span<ir::expr* const> parts) {
  ir::expr* e = cx.mem.node(ir::junction{any, cx.mem.copy(parts)});
  e->conditional = true;
  for (const ir::expr* p : parts) absorb(*e, *p);
  return e;
}

ir::expr* level::all_of(std::span<ir::expr* const> parts) {
  if (parts.empty()) return nullptr;
  if (parts.size() == 1) return parts[0];
  return junction(false, parts);
}

ir::expr* level::in_subquery(ir::expr* lhs, const ir::select* sub, bool reads_written_table) {
  return predicate(*this, ir::in_subquery{lhs, sub, reads_written_table}, {lhs});
}

ir::select* level::new_select() {
  return cx.mem.make<ir::select>(cx.mem.resource());
}

ir::table_ref* level::new_table(ir::table_ref t) {
  return cx.mem.make<ir::table_ref>(t);
}

}  // namespace sqlweave::resolve
