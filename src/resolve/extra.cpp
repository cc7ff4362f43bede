// SPDX-License-Identifier: MIT
// extra(select={alias: sql}, select_params=, where=[sql], params=, order_by=[names]): Django's
// oldest trusted SQL. Each select is a column before the model's, each where a parenthesized
// conjunct, their `%s` the params in order; order_by names fields and the select aliases.
#include <fmt/format.h>

#include "resolve/expressions.hpp"
#include "resolve/query.hpp"
#include "resolve/trusted.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

// A list or tuple keyword (params=, where=, ...); absent is empty.
std::span<const ast::expr> list_of(const ast::step& st, std::string_view name) {
  const ast::node* n = keyword_value(st.kwargs, name);
  if (!n) return {};
  if (n->kind != ast::node_kind::list)
    fail(error_code::bad_argument, fmt::format("extra({}=) takes a list or tuple", name), n->span);
  return n->args;
}

void check_all_used(std::span<const ast::expr> params, std::size_t used, std::string_view name,
                    source_span span) {
  if (used != params.size())
    fail(error_code::bad_argument,
         fmt::format("extra() has more {} than %s in its SQL ({} for {})", name, params.size(),
                     used),
         span);
}

}  // namespace

void apply_extra(query_state& q, const ast::step& st) {
  level& lv = q.lv;
  check_trusted(lv, "extra()", st.span);
  if (const ast::node* tables = keyword_value(st.kwargs, "tables"))
    fail(error_code::unsupported, "extra(tables=) is not supported: join through a relation",
         tables->span);
  if (const ast::node* select = keyword_value(st.kwargs, "select")) {
    if (select->kind != ast::node_kind::dict)
      fail(error_code::bad_argument, "extra(select=) takes a dict of alias: SQL", select->span);
    const auto params = list_of(st, "select_params");
    std::size_t used = 0;
    // After values() or values_list() naming no field Django selects every extra column, first
    // (no extra_select mask); after values("f", ...) only the extra names it was given.
    const bool into_values = q.values_mode && q.values_names.empty();
    std::size_t extras = 0;
    for (const auto& a : lv.annotations) extras += a.extra ? 1 : 0;
    for (const auto& entry : select->kwargs) {
      check_alias(entry.name, entry.span);
      if (lv.find_annotation(entry.name))
        fail(error_code::bad_argument,
             fmt::format("extra(select=) names '{}', which the queryset has already", entry.name),
             entry.span);
      ir::expr* value = raw_sql(lv, "extra(select=)", *entry.value, params, used);
      lv.annotations.push_back({lv.text(entry.name), value, true, true});
      if (into_values)
        q.values.insert(q.values.begin() + static_cast<std::ptrdiff_t>(extras++),
                        {lv.annotations.back().name, value, {}, {}});
    }
    check_all_used(params, used, "select_params", select->span);
  }
  if (const auto where = list_of(st, "where"); !where.empty()) {
    const auto params = list_of(st, "params");
    std::size_t used = 0;
    for (const auto& clause : where) {
      ir::expr* condition = raw_sql(lv, "extra(where=)", *clause, params, used);
      condition->conditional = true;
      lv.where.push_back(condition);
    }
    check_all_used(params, used, "params", st.span);
  }
  // Django's extra_order_by replaces the ordering, and a later order_by() replaces it.
  if (const auto order = list_of(st, "order_by"); !order.empty()) {
    q.explicit_order = true;
    q.order_terms.clear();
    for (const auto& term : order) {
      if (is_text_literal(*term) && term->val.as_text().find('.') != std::string_view::npos)
        fail(error_code::unsupported,
             "extra(order_by=) of a \"table.column\" is not supported: name the field", term->span);
      q.order_terms.push_back(term.get());
    }
  }
}

}  // namespace sqlweave::resolve
