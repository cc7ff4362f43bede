// SPDX-License-Identifier: MIT
// delete() plans that do what Django's collector does for each relation's on_delete: dependants
// first (CASCADE deletes, SET_NULL/SET_DEFAULT update, PROTECT/RESTRICT refuse, DO_NOTHING skips),
// implicit M2M link rows, then the rows themselves.
//
// Rows of a multi-table inheritance child are refused: Django deletes the child rows and then
// their parents' rows by the keys it read first, and a plan whose every statement re-evaluates the
// queryset cannot name the parent rows once the child rows are gone (deleting the parents first
// breaks the child's immediate foreign key on MySQL). Refused, so no parent row is left silently.
#include <fmt/format.h>

#include "resolve/query.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

ir::expr* column_of(level& lv, std::string_view table, std::string_view column) {
  ir::table_ref ref;
  ref.table = table;
  return lv.column_of(lv.new_table(ref), column, nullptr);
}

// SELECT child.pk FROM child WHERE child.fk IN (parent keys): the rows a cascade reaches.
ir::select* key_select(level& lv, int model_index, std::string_view fk_column,
                       const ir::select* parent_keys) {
  const model& m = lv.cx.s.at(model_index);
  ir::select* s = lv.new_select();
  ir::table_ref base;
  base.table = m.db_table;
  base.model = model_index;
  ir::table_ref* t = lv.new_table(base);
  s->tables.push_back(t);
  s->items.push_back({lv.column_of(t, m.pk_field().column, nullptr), {}, {}, {}});
  s->where = lv.in_subquery(lv.column_of(t, fk_column, nullptr), parent_keys, true);
  return s;
}

[[noreturn]] void refuse_child_rows(const model& child, std::string_view how) {
  fail(error_code::unsupported,
       fmt::format("delete() {} rows of {}, a multi-table inheritance child: Django also deletes "
                   "their parent rows by keys it reads first, which a plan of statements cannot "
                   "carry; delete the parent rows instead",
                   how, child.name));
}

void collect(level& lv, int model_index, const ir::select* keys, write_plan& out, int depth) {
  if (depth > 16) fail(error_code::limit_exceeded, "delete() cascades more than 16 levels deep");
  const auto& s = lv.cx.s;
  const model& m = s.at(model_index);
  for (int ri : m.relations) {
    const relation& r = s.rel(ri);
    if (r.how == relation::kind::m2m) {
      // Link rows of an implicit M2M table go with either end.
      if (r.link_model >= 0) continue;
      out.emplace_back(ir::delete_rows{
          r.link_table,
          lv.in_subquery(column_of(lv, r.link_table, r.link_from_column), keys, true)});
      continue;
    }
    if (r.how == relation::kind::generic)
      fail(error_code::unsupported,
           fmt::format(
               "delete() of {} rows: Django also deletes the {} rows of the "
               "GenericRelation {}.{}, a cascade through the content type that is not "
               "compiled",
               m.name, s.at(r.to_model).name, s.at(r.from_model).name,
               s.at(r.from_model).generic_relations[static_cast<std::size_t>(r.field_index)].name));
    if (r.how != relation::kind::reverse) continue;
    const model& child = s.at(r.to_model);
    const field& fk = child.fields[static_cast<std::size_t>(r.field_index)];
    switch (fk.on_delete) {
      case on_delete::do_nothing: break;
      case on_delete::protect:
      case on_delete::restrict:
        fail(error_code::protected_relation,
             fmt::format("cannot delete {} rows: {}.{} is on_delete={}", m.name, child.name,
                         fk.name, fk.on_delete == on_delete::protect ? "PROTECT" : "RESTRICT"));
      case on_delete::set_null:
      case on_delete::set_default: {
        ir::expr* v = nullptr;
        if (fk.on_delete == on_delete::set_null) {
          if (!fk.null)
            fail(error_code::bad_schema,
                 fmt::format("{}.{} is SET_NULL but not null=True", child.name, fk.name));
          v = lv.null();
        } else {
          if (!fk.default_value)
            fail(error_code::bad_schema,
                 fmt::format("{}.{} is SET_DEFAULT but has no default", child.name, fk.name));
          v = lv.param(&*fk.default_value, field_type::integer_field);
        }
        const ir::assignment set{fk.column, v};
        out.emplace_back(
            ir::update{child.db_table, lv.cx.mem.copy(std::span<const ir::assignment>(&set, 1)),
                       lv.in_subquery(column_of(lv, child.db_table, fk.column), keys, true)});
        break;
      }
      case on_delete::cascade: {
        if (r.to_model == model_index)
          fail(error_code::unsupported,
               fmt::format(
                   "delete() of {} cascades through the self-referential {}.{}: a tree of unknown "
                   "depth needs one query per level",
                   m.name, child.name, fk.name));
        // Through the parent link the parent rows are deleted too; any other FK leaves them.
        if (!fk.parent_link && !child.parents.empty()) refuse_child_rows(child, "cascades to");
        collect(lv, r.to_model, key_select(lv, r.to_model, fk.column, keys), out, depth + 1);
        out.emplace_back(ir::delete_rows{
            child.db_table, lv.in_subquery(column_of(lv, child.db_table, fk.column), keys, true)});
        break;
      }
    }
  }
}

}  // namespace

write_plan plan_delete(query_state& q, const ast::query& source) {
  level& lv = q.lv;
  if (lv.sel->distinct) fail(error_code::bad_argument, "cannot call delete() after distinct()");
  if (q.values_mode)
    fail(error_code::bad_argument, "cannot call delete() after values() or values_list()");
  if (!lv.m.parents.empty()) refuse_child_rows(lv.m, "of");
  write_plan out;
  ir::expr* where = rows_predicate(q, source);
  // The keys of the rows to delete, for the statements that reach their dependants.
  ir::select* keys = lv.new_select();
  keys->tables.push_back(lv.sel->tables[0]);
  const field& pk = lv.m.pk_field();
  keys->items.push_back({lv.column(0, pk.column, &pk), {}, {}, {}});
  keys->where = where;
  collect(lv, lv.model_index, keys, out, 0);
  out.emplace_back(ir::delete_rows{lv.m.db_table, where});
  return out;
}

}  // namespace sqlweave::resolve
