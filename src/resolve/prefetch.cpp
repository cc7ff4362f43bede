// SPDX-License-Identifier: MIT
// prefetch_related(): one SELECT per relation hop, run after the statement it hangs off with the
// keys that statement returned, bound as a list (so each relation costs one query, not N).
#include <fmt/format.h>

#include <algorithm>

#include "resolve/query_resolver.hpp"

namespace sqlweave::resolve {

void query_resolver::plan_prefetches(std::vector<resolved_prefetch>& out) {
  for (const ast::node* p : prefetch_) {
    if (p->kind != ast::node_kind::literal || p->val.kind() != value_kind::text)
      fail(error_code::bad_argument, "prefetch_related() takes relation paths as strings", p->span);
    std::string_view path = p->val.as_text();
    int source = -1;  // the main statement
    const model* m = &model_;
    std::size_t start = 0;
    while (true) {
      const auto at = path.find("__", start);
      const auto hop = path.substr(start, at == std::string_view::npos ? at : at - start);
      const auto prefix = path.substr(0, at);
      const member* mem = m->find(hop);
      if (!mem || mem->what != member::kind::relation)
        fail(error_code::bad_argument,
             fmt::format("'{}' is not a relation of {} that prefetch_related() can follow", hop,
                         m->name),
             p->span);
      // A hop already planned (a shared prefix of two paths) is reused.
      const auto known =
          std::find_if(out.begin(), out.end(), [&](const auto& r) { return r.path == prefix; });
      const int rel = mem->index;
      if (known != out.end()) {
        source = static_cast<int>(known - out.begin());
      } else {
        out.push_back(prefetch_hop(prefix, source, rel, *m));
        source = static_cast<int>(out.size() - 1);
      }
      m = &cx_.s.at(cx_.s.rel(rel).to_model);
      if (at == std::string_view::npos) break;
      start = at + 2;
    }
  }
}

resolved_prefetch query_resolver::prefetch_hop(std::string_view path, int source,
                                               int relation_index, const model& from) {
  const relation& r = cx_.s.rel(relation_index);
  const model& target = cx_.s.at(r.to_model);
  query_resolver q(cx_, target, r.to_model, nullptr);
  resolved_prefetch out;
  out.path = std::string(path);
  out.source = source;
  q.add_model_columns(0, target, false);
  ir::node* match = nullptr;
  switch (r.how) {
    case relation::kind::forward: {
      // The parent rows hold the key: fetch the targets by primary key.
      const field& fk = from.fields[static_cast<std::size_t>(r.field_index)];
      out.key_column = fk.column;
      out.match_column = target.pk_field().column;
      match = q.column(0, target.pk_field().column, &target.pk_field());
      break;
    }
    case relation::kind::reverse: {
      out.key_column = from.pk_field().column;
      out.match_column = r.to_column;
      match = q.column(0, r.to_column, nullptr);
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
      const int t = q.add_table(link);
      out.key_column = from.pk_field().column;
      out.match_column = "_prefetch_related_val";
      match = q.column(t, r.link_from_column, nullptr);
      q.sel_->items.push_back({match, "_prefetch_related_val", {}, {}});
      break;
    }
  }
  ir::node* in = q.make(ir::kind::in_list);
  in->a = match;
  in->items = q.make_list();
  in->items->push_back(q.make(ir::kind::key_list));
  in->conditional = true;
  q.sel_->where = in;
  q.build_order_by(false);
  out.select = q.sel_;
  return out;
}

}  // namespace sqlweave::resolve
