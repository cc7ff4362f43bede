// SPDX-License-Identifier: MIT
// FilteredRelation("relation", condition=Q(...)) in annotate()/alias(): the name it is given
// walks a join of its own whose ON clause holds the condition (Django's filtered_relation).
#include <fmt/format.h>

#include <array>

#include "resolve/conditions.hpp"
#include "resolve/expressions.hpp"
#include "resolve/joins.hpp"
#include "resolve/query.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

const ast::node* condition_of(const ast::node& call) {
  for (const auto& kw : call.kwargs)
    if (kw.name == "condition") return kw.value.get();
  return nullptr;
}

bool is_q(const ast::node& n) {
  return n.kind == ast::node_kind::lookup || n.kind == ast::node_kind::q_and ||
         n.kind == ast::node_kind::q_or || n.kind == ast::node_kind::q_not;
}

// Django's relation_name: relations only, each hop single- or multi-valued, no lookups.
void check_relation_path(const level& lv, std::string_view path, source_span span) {
  const model* m = &lv.m;
  for (auto part : split_path(path)) {
    const member* mem = m->find(part);
    while (mem && mem->what == member::kind::inherited) {
      m = &lv.cx.s.at(lv.cx.s.rel(mem->via).to_model);
      mem = m->find(part);
    }
    if (!mem || mem->what != member::kind::relation)
      fail(error_code::bad_argument,
           fmt::format("FilteredRelation's relation_name must name relations; '{}' is not a "
                       "relation of {}",
                       part, m->name),
           span);
    m = &lv.cx.s.at(lv.cx.s.rel(mem->index).to_model);
  }
}

}  // namespace

bool is_filtered_relation(const ast::node& e) {
  return e.kind == ast::node_kind::call && e.name == "FilteredRelation";
}

void add_filtered_relation(query_state& q, std::string_view name, const ast::node& e,
                           source_span span) {
  level& lv = q.lv;
  if (lv.m.find(name) || lv.find_annotation(name) || lv.find_filtered(name))
    fail(error_code::bad_argument,
         fmt::format("the annotation '{}' conflicts with a field on {}", name, lv.m.name), span);
  if (e.args.size() != 1 || !is_text_literal(*e.args[0]) || e.args[0]->val.as_text().empty())
    fail(error_code::bad_argument, "FilteredRelation() takes the relation's name as a string",
         e.span);
  // No condition is Django's default Q(): the join of its own, with nothing added to its ON.
  const ast::node* cond = condition_of(e);
  if (cond && !is_q(*cond))
    fail(error_code::bad_argument, "FilteredRelation(condition=) takes a Q() instance", e.span);
  const std::string_view relation = lv.text(e.args[0]->val.as_text());
  check_relation_path(lv, relation, e.args[0]->span);
  lv.filtered.push_back({name, relation, cond, -1});
}

int filtered_join(level& lv, filtered_relation& f, source_span span) {
  if (f.table >= 0) return f.table;
  const auto parts = split_path(f.relation);
  int table = 0;
  const model* m = &lv.m;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const member* mem = m->find(parts[i]);
    while (mem->what == member::kind::inherited) {
      table = join(lv, table, mem->via, true, nullptr);
      m = &lv.cx.s.at(lv.cx.s.rel(mem->via).to_model);
      mem = m->find(parts[i]);
    }
    const bool last = i + 1 == parts.size();
    table = join(lv, table, mem->index, true, nullptr, last ? f.name : std::string_view{});
    m = &lv.cx.s.at(lv.cx.s.rel(mem->index).to_model);
  }
  f.table = table;
  if (!f.condition) return table;
  // The condition's paths start with the relation's name: they read this join.
  const filtered_relation* outer = lv.resolving;
  lv.resolving = &f;
  use_site site;
  site.in_expression = true;
  ir::expr* c = condition(lv, *f.condition, site, nullptr);
  lv.resolving = outer;
  if (c->has_aggregate || c->has_window)
    fail(error_code::bad_argument, "FilteredRelation's condition cannot hold an aggregate", span);
  // After a GenericRelation's content type restriction, as Join.as_sql() writes them.
  auto& joined = *lv.sel->tables[static_cast<std::size_t>(table)];
  const std::array<ir::expr*, 2> both{joined.condition, c};
  joined.condition = joined.condition ? lv.all_of(both) : c;
  return table;
}

}  // namespace sqlweave::resolve
