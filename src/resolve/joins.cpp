// SPDX-License-Identifier: MIT
#include "resolve/joins.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <span>

#include "catalog/catalog.hpp"
#include "resolve/generic_relation.hpp"
#include "sqlweave/extensions.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {

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

namespace {

// Django's refs_expression(): the annotation named by the shortest leading parts of a path
// (`orders__count__gt` reads the annotation `orders__count`), and how many parts it takes.
std::pair<const annotation*, std::size_t> annotation_prefix(const level& lv, std::string_view path,
                                                            const small<std::string_view>& parts) {
  if (lv.annotations.empty()) return {nullptr, 0};  // most levels annotate nothing
  for (std::size_t n = 1; n <= parts.size(); ++n) {
    const auto& last = parts[n - 1];
    const auto length = static_cast<std::size_t>(last.data() + last.size() - path.data());
    if (const auto* a = lv.find_annotation(path.substr(0, length))) return {a, n};
  }
  return {nullptr, 0};
}

// A path that starts at a FilteredRelation: its name, or inside its own condition the relation's
// name. Sets how many parts that start takes.
filtered_relation* filtered_start(level& lv, const small<std::string_view>& parts,
                                  std::size_t& taken) {
  if (auto* f = lv.find_filtered(parts[0])) {
    taken = 1;
    return f;
  }
  if (!lv.resolving) return nullptr;
  const auto relation = split_path(lv.resolving->relation);
  if (parts.size() <= relation.size() ||
      !std::equal(relation.begin(), relation.end(), parts.begin()))
    return nullptr;
  taken = relation.size();
  return lv.find_filtered(lv.resolving->name);
}

// Inside a FilteredRelation's condition only the fields of its relation, of the hops before it
// (`order__status` for "order__customer", whose join is made first) and the model's own are read:
// another join there would be made after the one whose ON clause reads it. `hop`: the index in
// `parts` of the relation to be joined.
void no_join_in_condition(const level& lv, const small<std::string_view>& parts, std::size_t hop,
                          std::string_view path, source_span span) {
  if (!lv.resolving) return;
  const auto relation = split_path(lv.resolving->relation);
  if (hop < parts.size() && hop + 1 < relation.size() &&
      std::equal(relation.begin(), relation.begin() + static_cast<std::ptrdiff_t>(hop) + 1,
                 parts.begin()))
    return;
  fail(error_code::bad_argument,
       fmt::format("FilteredRelation's condition may name fields of '{}' and of the model, not "
                   "other relations (got '{}')",
                   lv.resolving->relation, path),
       span);
}

// Of this side's joins equal to one the other side of an OR combine makes, Query.join() takes
// the one whose alias is the alias the join has in the other queryset alone (its table's name
// the first time, T<n> after), else the most recent.
int take_over(level& lv, const alias_list& theirs, std::string_view table) {
  auto& side = lv.combining;
  const auto& tables = lv.sel->tables;
  const std::size_t first = static_cast<std::size_t>(side.first_table);
  bool named = tables[0]->table == table;
  for (std::size_t i = first; i < tables.size(); ++i) named = named || tables[i]->table == table;
  for (const int i : side.reused)
    named = named || tables[static_cast<std::size_t>(i)]->table == table;
  const std::size_t joins = tables.size() - first + side.reused.size();
  const std::string alias = named ? fmt::format("T{}", joins + 2) : std::string(table);
  int chosen = theirs.front();
  for (const int i : theirs) {
    const auto& t = *tables[static_cast<std::size_t>(i)];
    if ((t.alias.empty() ? t.table : t.alias) == alias) {
      chosen = i;
      break;
    }
  }
  tables[static_cast<std::size_t>(chosen)]->filter_call = lv.filter_call;
  side.reused.push_back(chosen);
  return chosen;
}

}  // namespace

int join(level& lv, int parent, int relation_index, bool reuse_any, int* link_out,
         std::string_view filtered_alias) {
  auto& tables = lv.sel->tables;
  const auto& r = lv.cx.s.rel(relation_index);
  // Django's Join equality: the same table joined from the same alias on the same columns,
  // whichever relation asked for it, so an M2M through a model shares its link join with the
  // reverse FK to that model (members and memberships) and its second hop with the FK onward.
  // Of several equal joins Query.join() reuses the most recent: F("rel__x") after two filter()
  // calls over `rel` reads the second one.
  // While the other side of a combine is resolved (level::combining), the joins it made or
  // took over are its own; this side's equal joins are taken over as Query.combine() does.
  auto& side = lv.combining;
  auto own = [&](std::size_t i) {
    return static_cast<int>(i) >= side.first_table ||
           std::find(side.reused.begin(), side.reused.end(), static_cast<int>(i)) !=
               side.reused.end();
  };
  auto find = [&](int from, std::string_view table, std::string_view parent_col,
                  std::string_view col) -> int {
    alias_list theirs;  // newest first
    for (std::size_t i = tables.size() - 1; i >= 1; --i) {
      const auto& t = *tables[i];
      if (t.filtered || t.parent != from || t.table != table || t.parent_column != parent_col ||
          t.column != col)
        continue;
      if (own(i)) {
        if (reuse_any || !t.multi_valued || t.filter_call == lv.filter_call)
          return static_cast<int>(i);
      } else if (side.reuse && !(t.multi_valued && t.filter_call >= side.first_call)) {
        theirs.push_back(static_cast<int>(i));
      }
    }
    return theirs.empty() ? -1 : take_over(lv, theirs, table);
  };
  auto make = [&](int from, std::string_view table, int model, std::string_view parent_col,
                  std::string_view col, bool nullable, bool link, int hop) {
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
    t.ready_join = lv.ready_join(from, relation_index, hop);
    if (!link && !filtered_alias.empty()) {
      t.filtered = true;
      t.alias = filtered_alias;
    }
    const bool parent_outer =
        tables[static_cast<std::size_t>(from)]->type == ir::join_type::left_outer;
    // Django creates a join LEFT OUTER when it may find no partner; filters demote it later.
    t.type = nullable || parent_outer ? ir::join_type::left_outer : ir::join_type::inner;
    return lv.add_table(t);
  };
  const auto& target = lv.cx.s.at(r.to_model);
  if (r.how != relation::kind::m2m) {
    const int found =
        filtered_alias.empty() ? find(parent, target.db_table, r.from_column, r.to_column) : -1;
    if (link_out) *link_out = -1;
    if (found >= 0) return found;
    const int made =
        make(parent, target.db_table, r.to_model, r.from_column, r.to_column, r.nullable, false, 0);
    if (is_generic(r)) restrict_content_type(lv, r, made);
    return made;
  }
  int link = find(parent, r.link_table, r.from_column, r.link_from_column);
  if (link < 0)
    link =
        make(parent, r.link_table, r.link_model, r.from_column, r.link_from_column, true, true, 0);
  if (link_out) {
    *link_out = link;
    return link;
  }
  if (const int found =
          filtered_alias.empty() ? find(link, target.db_table, r.link_to_column, r.to_column) : -1;
      found >= 0)
    return found;
  return make(link, target.db_table, r.to_model, r.link_to_column, r.to_column, false, false, 1);
}

void promote(level& lv, alias_list& aliases) {
  auto& tables = lv.sel->tables;
  for (std::size_t i = 0; i < aliases.size(); ++i) {
    auto& t = *tables[static_cast<std::size_t>(aliases[i])];
    if (t.type != ir::join_type::inner) continue;
    const bool parent_outer =
        tables[static_cast<std::size_t>(t.parent)]->type == ir::join_type::left_outer;
    if (!t.nullable && !parent_outer) continue;
    t.type = ir::join_type::left_outer;
    // Everything hanging off an outer join must be outer too.
    for (std::size_t j = 1; j < tables.size(); ++j)
      if (tables[j]->parent == aliases[i] &&
          std::find(aliases.begin(), aliases.end(), static_cast<int>(j)) == aliases.end())
        aliases.push_back(static_cast<int>(j));
  }
}

void demote(level& lv, std::span<const int> aliases) {
  auto& tables = lv.sel->tables;
  // Joins only turn INNER here, so following each chain up at once demotes what a work list of
  // the parents would, without the list.
  for (const int alias : aliases) {
    for (int a = alias;;) {
      auto& t = *tables[static_cast<std::size_t>(a)];
      if (t.type != ir::join_type::left_outer) break;
      t.type = ir::join_type::inner;
      // An INNER join below an OUTER one would drop the outer rows anyway: demote the chain.
      a = t.parent;
    }
  }
}

namespace {

// Whether the relations `parts` name from `m` repeat rows; `m` ends as the last one reached.
bool multi_from(const level& lv, const model*& m, std::span<const std::string_view> parts) {
  for (auto part : parts) {
    const member* mem = m->find(part);
    while (mem && mem->what == member::kind::inherited) {
      m = &lv.cx.s.at(lv.cx.s.rel(mem->via).to_model);
      mem = m->find(part);
    }
    if (!mem || mem->what != member::kind::relation) return false;
    const auto& r = lv.cx.s.rel(mem->index);
    if (r.multi_valued) return true;
    m = &lv.cx.s.at(r.to_model);
  }
  return false;
}

}  // namespace

bool path_is_multi(const level& lv, std::string_view path) {
  const auto parts = split_path(path);
  if (annotation_prefix(lv, path, parts).first) return false;
  const model* m = &lv.m;
  std::span<const std::string_view> rest(parts.data(), parts.size());
  for (const auto& f : lv.filtered) {
    if (f.name != parts.front()) continue;
    // A FilteredRelation's name stands for its relation path.
    const auto relation = split_path(f.relation);
    if (multi_from(lv, m, {relation.data(), relation.size()})) return true;
    rest = rest.subspan(1);
  }
  return multi_from(lv, m, rest);
}

path_end walk(level& lv, std::string_view path, source_span span, const use_site& site,
              bool allow_lookups) {
  path_end out;
  const auto parts = split_path(path);
  if (const auto [a, taken] = annotation_prefix(lv, path, parts); a) {
    out.value = a->value;
    out.rest.assign(parts.begin() + static_cast<std::ptrdiff_t>(taken), parts.end());
    // Django's build_filter() compares an annotation as it is: a negated lookup on it gets no
    // IS NOT NULL guard, whatever the annotation may hold.
    out.nullable = false;
    return out;
  }
  const bool reuse_any = !site.in_filter;
  int table = 0;
  const model* m = &lv.m;
  bool outer = false;
  std::size_t first = 0;
  if (auto* f = filtered_start(lv, parts, first)) {
    table = filtered_join(lv, *f, span);
    const auto& tables = lv.sel->tables;
    for (int t = table; t > 0; t = tables[static_cast<std::size_t>(t)]->parent) {
      out.joins.push_back(t);
      outer = outer || tables[static_cast<std::size_t>(t)]->type == ir::join_type::left_outer;
    }
    const auto& ref = *tables[static_cast<std::size_t>(table)];
    m = &lv.cx.s.at(ref.model);
    if (first == parts.size() || !m->find(parts[first])) {
      // The relation itself (Count("paid"), paid__isnull=True): its primary key.
      out.rest.assign(parts.begin() + static_cast<std::ptrdiff_t>(first), parts.end());
      const field& pk = m->pk_field();
      out.value = lv.column(table, pk.column, &pk);
      out.target = &pk;
      out.target_model = ref.model;
      out.table = table;
      out.relation = true;
      out.nullable = true;
      return out;
    }
  }
  for (std::size_t i = first; i < parts.size(); ++i) {
    const member* mem = m->find(parts[i]);
    if (!mem) lv.unknown_name(parts[i], span, *m);
    // A multi-table parent's name: through the `<parent>_ptr` join, which every use shares.
    while (mem->what == member::kind::inherited) {
      no_join_in_condition(lv, parts, parts.size(), path, span);
      table = join(lv, table, mem->via, true, nullptr);
      out.joins.push_back(table);
      m = &lv.cx.s.at(lv.cx.s.rel(mem->via).to_model);
      mem = m->find(parts[i]);
    }
    if (mem->what == member::kind::column) {
      const field& f = m->fields[static_cast<std::size_t>(mem->index)];
      out.value = lv.column(table, f.column, &f);
      out.target = &f;
      out.target_model = static_cast<int>(m - lv.cx.s.models().data());
      out.table = table;
      out.nullable = f.null || outer;
      out.fk_attname = f.is_forward_single();
      // Most paths end on their field: nothing is left to copy.
      if (i + 1 < parts.size())
        out.rest.assign(parts.begin() + static_cast<std::ptrdiff_t>(i) + 1, parts.end());
      if (!allow_lookups && !out.rest.empty() && m->find(out.rest.front()))
        fail(error_code::bad_argument,
             fmt::format("'{}' is a field of {}, not a relation to follow", parts[i], m->name),
             span);
      return out;
    }
    const auto& r = lv.cx.s.rel(mem->index);
    const model& target = lv.cx.s.at(r.to_model);
    std::size_t next = i + 1;
    const member* following = next < parts.size() ? target.find(parts[next]) : nullptr;
    // The field the join lands on: a forward FK's to_field, else the target's primary key.
    const field* fk = r.how == relation::kind::forward
                          ? &m->fields[static_cast<std::size_t>(r.field_index)]
                          : nullptr;
    const int key = fk ? fk->target_field : target.pk;
    const bool to_key =
        following && following->what == member::kind::column && following->index == key;
    const extensions* ext = lv.cx.options.ext;
    const bool known_after =
        next < parts.size() &&
        (catalog::find_lookup(parts[next]) || catalog::find_transform(parts[next]) ||
         (ext && (ext->lookup(parts[next]) || ext->transform(parts[next]))));
    if (!following && next < parts.size() && !known_after)
      lv.unknown_name(parts[next], span, target);  // a misspelt field of the related model
    if (!following || to_key) {
      // The path ends on the relation itself (or the field it joins on): compare the join key.
      if (to_key) ++next;
      out.rest.assign(parts.begin() + static_cast<std::ptrdiff_t>(next), parts.end());
      const field& pk = target.fields[static_cast<std::size_t>(key)];
      out.target = &pk;
      out.target_model = r.to_model;
      out.relation = !following;
      if (fk) {
        out.value = lv.column(table, fk->column, &pk);
        out.table = table;
        out.nullable = fk->null || outer;
        return out;
      }
      no_join_in_condition(lv, parts, i, path, span);
      int link = -1;
      const int t =
          join(lv, table, mem->index, reuse_any, r.how == relation::kind::m2m ? &link : nullptr);
      out.joins.push_back(t);
      out.value = lv.column(t,
                            r.how == relation::kind::m2m ? std::string_view(r.link_to_column)
                                                         : std::string_view(pk.column),
                            &pk);
      out.table = t;
      out.nullable = true;
      return out;
    }
    no_join_in_condition(lv, parts, i, path, span);
    const int t = join(lv, table, mem->index, reuse_any, nullptr);
    const auto& ref = *lv.sel->tables[static_cast<std::size_t>(t)];
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
