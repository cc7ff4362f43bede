// SPDX-License-Identifier: MIT
// prefetch_related(): one SELECT per relation hop, run after the statement it hangs off with the
// keys that statement returned, bound as a list (so each relation costs one query, not N).
#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "resolve/accessors.hpp"
#include "resolve/joins.hpp"
#include "resolve/query.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

resolved_prefetch hop(context& cx, std::string_view path, int source, int relation_index,
                      const model& from) {
  const relation& r = cx.s.rel(relation_index);
  const model& target = cx.s.at(r.to_model);
  query_state q(cx, r.to_model, nullptr);
  level& lv = q.lv;
  resolved_prefetch out;
  out.path = std::string(path);
  out.source = source;
  add_model_columns(q, 0, target, false);
  ir::expr* match = nullptr;
  switch (r.how) {
    case relation::kind::forward: {
      // The parent rows hold the key: fetch the targets by the key the relation points at.
      const field& fk = from.fields[static_cast<std::size_t>(r.field_index)];
      const field& key = target.fields[static_cast<std::size_t>(fk.target_field)];
      out.key_column = fk.column;
      out.match_column = key.column;
      match = lv.column(0, key.column, &key);
      break;
    }
    case relation::kind::reverse: {
      out.key_column = r.from_column;
      out.match_column = r.to_column;
      match = lv.column(0, r.to_column, nullptr);
      break;
    }
    case relation::kind::m2m: {
      // Through the link table, which also tells which parent each target belongs to.
      ir::table_ref link;
      link.table = r.link_table;
      link.parent = 0;
      link.parent_column = r.to_column;
      link.column = r.link_to_column;
      link.type = ir::join_type::inner;
      const int t = lv.add_table(link);
      out.key_column = from.pk_field().column;
      out.match_column = "_prefetch_related_val";
      match = lv.column(t, r.link_from_column, nullptr);
      lv.sel->items.push_back({match, "_prefetch_related_val", {}, {}});
      break;
    }
    case relation::kind::generic:
    case relation::kind::generic_reverse:
      fail(error_code::unsupported,
           fmt::format("prefetch_related('{}'): prefetching through a GenericRelation (its "
                       "content type read at runtime) is not supported",
                       path));
  }
  ir::expr* keys[] = {cx.mem.node(ir::key_list{})};
  lv.sel->where = predicate(lv, ir::in_list{match, cx.mem.list(keys)}, {});
  build_order_by(q, false);
  out.select = lv.sel;
  return out;
}

// The relation `name` is the accessor of on `m`, else Django's errors: no such attribute, or
// one that is not a relation.
int accessor_relation(const schema& s, const model& m, std::string_view name, std::string_view path,
                      source_span span) {
  std::vector<std::string> names;
  const int found = find_accessor(s, m, name, names);
  if (found >= 0) return found;
  const member* mem = m.find(name);
  if (mem && mem->what == member::kind::column)
    throw error(diagnostic{error_code::bad_argument,
                           fmt::format("'{}' does not resolve to an item that supports "
                                       "prefetching - this is an invalid parameter to "
                                       "prefetch_related()",
                                       path),
                           span, names});
  throw error(diagnostic{error_code::unknown_field,
                         fmt::format("Cannot find '{}' on {} object, '{}' is an invalid parameter "
                                     "to prefetch_related(); its relations: {}",
                                     name, m.name, path, fmt::join(names, ", ")),
                         span, names});
}

}  // namespace

void plan_prefetches(query_state& q, std::vector<resolved_prefetch>& out) {
  const auto& s = q.lv.cx.s;
  for (const ast::node* p : q.prefetch) {
    if (p->kind != ast::node_kind::literal || p->val.kind() != value_kind::text)
      fail(error_code::bad_argument, "prefetch_related() takes relation paths as strings", p->span);
    const std::string_view path = p->val.as_text();
    int source = -1;  // the main statement
    const model* m = &q.lv.m;
    std::size_t prefix_length = 0;
    for (auto part : split_path(path)) {
      prefix_length += (prefix_length ? 2 : 0) + part.size();
      const auto prefix = path.substr(0, prefix_length);
      const int relation_index = accessor_relation(s, *m, part, prefix, p->span);
      // A hop already planned (a shared prefix of two paths) is reused.
      const auto known =
          std::find_if(out.begin(), out.end(), [&](const auto& r) { return r.path == prefix; });
      if (known != out.end()) {
        source = static_cast<int>(known - out.begin());
      } else {
        out.push_back(hop(q.lv.cx, prefix, source, relation_index, *m));
        source = static_cast<int>(out.size() - 1);
      }
      m = &s.at(s.rel(relation_index).to_model);
    }
  }
}

}  // namespace sqlweave::resolve
