// SPDX-License-Identifier: MIT
// Join planning: walking field paths over relations, reusing joins the way Django does, and
// promoting/demoting joins between INNER and LEFT OUTER.
#include <fmt/format.h>

#include <algorithm>

#include "resolve/lookups.hpp"
#include "resolve/query_resolver.hpp"

namespace sqlweave::resolve {
namespace {

small<std::string_view> split_path(std::string_view path) {
  small<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const auto at = path.find("__", start);
    parts.push_back(path.substr(start, at == std::string_view::npos ? at : at - start));
    if (at == std::string_view::npos) break;
    start = at + 2;
  }
  return parts;
}

}  // namespace

std::string_view query_resolver::alias_for(std::string_view table) {
  const auto n = sel_->tables.size();
  if (alias_prefix_ == 0) {
    const bool taken = std::any_of(sel_->tables.begin(), sel_->tables.end(),
                                   [&](auto* t) { return t->table == table; });
    if (!taken) return {};
  }
  // Django's scheme: T<n> at the top level, U0, U1, ... (V0, ...) in subqueries.
  char buf[16];
  const auto len = alias_prefix_ == 0
                       ? fmt::format_to_n(buf, sizeof buf, "T{}", n + 1).size
                       : fmt::format_to_n(buf, sizeof buf, "{}{}", alias_prefix_, n).size;
  return arena_text({buf, len});
}

int query_resolver::add_table(ir::table_ref t) {
  t.alias = alias_for(t.table);
  t.filter_call = filter_call_;
  auto* p = static_cast<ir::table_ref*>(
      cx_.arena->allocate(sizeof(ir::table_ref), alignof(ir::table_ref)));
  sel_->tables.push_back(new (p) ir::table_ref(t));
  return static_cast<int>(sel_->tables.size() - 1);
}

int query_resolver::join(int parent, int relation_index, bool reuse_any, int* link_out) {
  const auto& r = cx_.s.rel(relation_index);
  auto reusable = [&](const ir::table_ref& t, bool link) {
    return t.parent == parent && t.relation == relation_index && t.link_hop == link &&
           (reuse_any || !t.multi_valued || t.filter_call == filter_call_);
  };
  auto find = [&](int from, bool link) -> int {
    for (std::size_t i = 1; i < sel_->tables.size(); ++i) {
      const auto& t = *sel_->tables[i];
      if (t.parent == from && reusable(t, link)) return static_cast<int>(i);
    }
    return -1;
  };
  auto make = [&](int from, std::string_view table, int model, std::string_view parent_col,
                  std::string_view col, bool nullable, bool link) {
    ir::table_ref t;
    t.table = table;
    t.model = model;
    t.parent = from;
    t.parent_column = parent_col;
    t.column = col;
    t.relation = relation_index;
    t.nullable = nullable;
    t.multi_valued = r.multi_valued;
    t.link_hop = link;
    const bool parent_outer =
        sel_->tables[static_cast<std::size_t>(from)]->type == ir::join_type::left_outer;
    // Django creates a join LEFT OUTER when it may find no partner; filters demote it later.
    t.type = nullable || parent_outer ? ir::join_type::left_outer : ir::join_type::inner;
    return add_table(t);
  };
  const auto& target = cx_.s.at(r.to_model);
  if (r.how != relation::kind::m2m) {
    const int found = find(parent, false);
    if (link_out) *link_out = -1;
    if (found >= 0) return found;
    return make(parent, target.db_table, r.to_model, r.from_column, r.to_column, r.nullable, false);
  }
  int link = find(parent, true);
  if (link < 0)
    link = make(parent, r.link_table, r.link_model, r.from_column, r.link_from_column, true, true);
  if (link_out) {
    *link_out = link;
    return link;  // the caller needs only the link table (trimmed final hop)
  }
  for (std::size_t i = 1; i < sel_->tables.size(); ++i) {
    const auto& t = *sel_->tables[i];
    if (t.parent == link && t.relation == relation_index && !t.link_hop) return static_cast<int>(i);
  }
  return make(link, target.db_table, r.to_model, r.link_to_column, r.to_column, false, false);
}

void query_resolver::promote(alias_list aliases) {
  for (std::size_t i = 0; i < aliases.size(); ++i) {
    auto& t = *sel_->tables[static_cast<std::size_t>(aliases[i])];
    if (t.type != ir::join_type::inner) continue;
    const bool parent_outer =
        sel_->tables[static_cast<std::size_t>(t.parent)]->type == ir::join_type::left_outer;
    if (!t.nullable && !parent_outer) continue;
    t.type = ir::join_type::left_outer;
    // Everything hanging off an outer join must be outer too.
    for (std::size_t j = 1; j < sel_->tables.size(); ++j)
      if (sel_->tables[j]->parent == aliases[i] &&
          std::find(aliases.begin(), aliases.end(), static_cast<int>(j)) == aliases.end())
        aliases.push_back(static_cast<int>(j));
  }
}

void query_resolver::demote(alias_list aliases) {
  for (std::size_t i = 0; i < aliases.size(); ++i) {
    auto& t = *sel_->tables[static_cast<std::size_t>(aliases[i])];
    if (t.type != ir::join_type::left_outer) continue;
    t.type = ir::join_type::inner;
    // An INNER join below an OUTER one would drop the outer rows anyway: demote the chain.
    if (sel_->tables[static_cast<std::size_t>(t.parent)]->type == ir::join_type::left_outer)
      aliases.push_back(t.parent);
  }
}

path_end query_resolver::walk(std::string_view path, source_span span, const use_site& site,
                              bool allow_lookups) {
  path_end out;
  const auto parts = split_path(path);
  if (const auto* a = find_annotation(parts[0])) {
    out.expr = a->expr;
    out.rest.assign(parts.begin() + 1, parts.end());
    out.nullable = true;
    return out;
  }
  const bool reuse_any = !site.in_filter;
  int table = 0;
  const model* m = &model_;
  bool outer = false;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const member* mem = m->find(parts[i]);
    if (!mem) unknown_name(parts[i], span, *m);
    if (mem->what == member::kind::column) {
      const field& f = m->fields[static_cast<std::size_t>(mem->index)];
      out.expr = column(table, f.column, &f);
      out.target = &f;
      out.table = table;
      out.nullable = f.null || outer;
      out.rest.assign(parts.begin() + static_cast<std::ptrdiff_t>(i) + 1, parts.end());
      if (!allow_lookups && !out.rest.empty() && m->find(out.rest.front()))
        fail(error_code::bad_argument,
             fmt::format("'{}' is a field of {}, not a relation to follow", parts[i], m->name),
             span);
      return out;
    }
    const auto& r = cx_.s.rel(mem->index);
    const model& target = cx_.s.at(r.to_model);
    std::size_t next = i + 1;
    const member* following = next < parts.size() ? target.find(parts[next]) : nullptr;
    const bool to_pk =
        following && following->what == member::kind::column && following->index == target.pk;
    if (!following && next < parts.size() && !is_lookup_name(parts[next]) &&
        !find_transform(parts[next]))
      unknown_name(parts[next], span, target);  // a misspelt field of the related model
    if (!following || to_pk) {
      // The path ends on the relation itself (or its primary key): compare the join key.
      if (to_pk) ++next;
      out.rest.assign(parts.begin() + static_cast<std::ptrdiff_t>(next), parts.end());
      const field& pk = target.pk_field();
      out.target = &pk;
      if (r.how == relation::kind::forward) {
        const field& fk = m->fields[static_cast<std::size_t>(r.field_index)];
        out.expr = column(table, fk.column, &pk);
        out.table = table;
        out.nullable = fk.null || outer;
        return out;
      }
      int link = -1;
      const int t =
          join(table, mem->index, reuse_any, r.how == relation::kind::m2m ? &link : nullptr);
      out.joins.push_back(t);
      out.expr = column(t,
                        r.how == relation::kind::m2m ? std::string_view(r.link_to_column)
                                                     : std::string_view(pk.column),
                        &pk);
      out.table = t;
      out.nullable = true;
      return out;
    }
    const int t = join(table, mem->index, reuse_any, nullptr);
    const auto& ref = *sel_->tables[static_cast<std::size_t>(t)];
    if (r.how == relation::kind::m2m) out.joins.push_back(ref.parent);
    out.joins.push_back(t);
    outer = outer || ref.type == ir::join_type::left_outer;
    table = t;
    m = &target;
  }
  // The loop returns on every column; a path of relations only ends on a relation key above.
  fail(error_code::unknown_field, fmt::format("field path '{}' does not end on a field", path),
       span);
}

}  // namespace sqlweave::resolve
