// SPDX-License-Identifier: MIT
#include "resolve/generic_relation.hpp"

#include <algorithm>
#include <cassert>

#include "resolve/query.hpp"

namespace sqlweave::resolve {
namespace {

const field& field_named(const model& m, std::string_view name) {
  const auto it = std::find_if(m.fields.begin(), m.fields.end(),
                               [&](const field& f) { return f.name == name; });
  assert(it != m.fields.end() && "django.contrib.contenttypes' ContentType has app_label, model");
  return *it;
}

}  // namespace

bool is_generic(const relation& r) {
  switch (r.how) {
    case relation::kind::generic:
    case relation::kind::generic_reverse: return true;
    case relation::kind::forward:
    case relation::kind::reverse:
    case relation::kind::m2m: return false;
  }
  return false;
}

void restrict_content_type(level& lv, const relation& r, int joined) {
  const schema& s = lv.cx.s;
  const int generic_model = r.how == relation::kind::generic ? r.to_model : r.from_model;
  const field& ct_fk = s.at(generic_model).fields[static_cast<std::size_t>(r.content_type_field)];
  query_state inner(lv.cx, ct_fk.target_model, &lv);
  level& sub = inner.lv;
  const field& app = field_named(sub.m, "app_label");
  const field& name = field_named(sub.m, "model");
  // ContentType.objects.get_by_natural_key(app_label, model), as one filter() call.
  sub.where.push_back(sub.compare(ir::compare_op::eq, sub.column(0, app.column, &app),
                                  sub.kept_param(value(r.content_type_app), app.type)));
  sub.where.push_back(sub.compare(ir::compare_op::eq, sub.column(0, name.column, &name),
                                  sub.kept_param(value(r.content_type_name), name.type)));
  finish_subquery(inner, false);
  ir::expr* id = lv.cx.mem.node(ir::scalar_subquery{sub.sel}, {});
  id->type = sub.sel->items.front().value->type;
  const auto& t = *lv.sel->tables[static_cast<std::size_t>(joined)];
  const int generic_table = r.how == relation::kind::generic ? joined : t.parent;
  ir::expr* column = lv.column(generic_table, r.content_type_column, &ct_fk);
  lv.sel->tables[static_cast<std::size_t>(joined)]->condition =
      lv.compare(ir::compare_op::eq, column, id);
}

}  // namespace sqlweave::resolve
