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

// One prefetch_related() argument: a path, or Prefetch(lookup, queryset=None, to_attr=None).
struct lookup_spec {
  std::string through;  // the path followed (Django's prefetch_through)
  std::string to;       // where the rows go (prefetch_to): `through` with to_attr last
  const ast::query* queryset = nullptr;
  bool to_attr = false;
};

const ast::node* argument(const ast::node& call, std::size_t at, std::string_view name) {
  for (const auto& kw : call.kwargs)
    if (kw.name == name) return kw.value.get();
  return at < call.args.size() ? call.args[at].get() : nullptr;
}

bool is_none(const ast::node* n) {
  return !n || (n->kind == ast::node_kind::literal && n->val.is_null());
}

lookup_spec read_prefetch(const ast::node& call) {
  for (const auto& kw : call.kwargs)
    if (kw.name != "lookup" && kw.name != "queryset" && kw.name != "to_attr")
      fail(error_code::bad_argument,
           fmt::format("Prefetch() got an unexpected keyword argument '{}'", kw.name),
           kw.value->span);
  if (call.args.size() > 3)
    fail(error_code::bad_argument,
         "Prefetch() takes at most 3 arguments (lookup, queryset, "
         "to_attr)",
         call.span);
  const ast::node* lookup = argument(call, 0, "lookup");
  if (!lookup || lookup->kind != ast::node_kind::literal || lookup->val.kind() != value_kind::text)
    fail(error_code::bad_argument, "Prefetch() takes its lookup as a string", call.span);
  lookup_spec out;
  out.through = std::string(lookup->val.as_text());
  out.to = out.through;
  const ast::node* queryset = argument(call, 1, "queryset");
  if (!is_none(queryset)) {
    if (queryset->kind != ast::node_kind::subquery)
      fail(error_code::bad_argument, "Prefetch(queryset=) takes a queryset", queryset->span);
    out.queryset = queryset->sub.get();
    for (const auto& st : out.queryset->steps)
      if (st.kind == ast::step_kind::values || st.kind == ast::step_kind::values_list)
        fail(error_code::bad_argument,
             "Prefetch querysets cannot use raw(), values(), and values_list().", st.span);
  }
  const ast::node* to_attr = argument(call, 2, "to_attr");
  if (is_none(to_attr)) return out;
  if (to_attr->kind != ast::node_kind::literal || to_attr->val.kind() != value_kind::text)
    fail(error_code::bad_argument, "Prefetch(to_attr=) takes a string", to_attr->span);
  if (!to_attr->val.as_text().empty()) {  // Django's `if to_attr:`
    const auto cut = out.through.rfind("__");
    out.to = (cut == std::string::npos ? std::string() : out.through.substr(0, cut + 2)) +
             std::string(to_attr->val.as_text());
    out.to_attr = true;
  }
  return out;
}

lookup_spec read_lookup(const ast::node& p) {
  if (p.kind == ast::node_kind::call && p.name == "Prefetch") return read_prefetch(p);
  if (p.kind != ast::node_kind::literal || p.val.kind() != value_kind::text)
    fail(error_code::bad_argument,
         "prefetch_related() takes relation paths as strings or Prefetch() objects", p.span);
  lookup_spec out;
  out.through = std::string(p.val.as_text());
  out.to = out.through;
  return out;
}

// The rows of Prefetch()'s `queryset` (of the model prefetched): its steps come first, the
// join to the keys after (Django's queryset.filter(<fk>__in=keys)).
void apply_queryset(query_state& q, const ast::query& queryset, std::string_view path,
                    source_span span) {
  const auto& s = q.lv.cx.s;
  const int index = root_model(s, queryset, span);
  if (s.at(index).concrete != q.lv.m.concrete)
    fail(error_code::bad_value,
         fmt::format("Prefetch('{}') takes a queryset of {}, not of {}", path, q.lv.m.name,
                     s.at(index).name),
         queryset.model_span);
  apply_manager(q, queryset);
  apply_inner_steps(q, queryset);
  if (q.sliced)
    fail(error_code::unsupported, "Cannot filter a query once a slice has been taken.",
         queryset.model_span);
}

resolved_prefetch hop(context& cx, std::string_view path, int source, int relation_index,
                      const ast::query* queryset, source_span span) {
  const relation& r = cx.s.rel(relation_index);
  // The model the relation leaves: the one prefetched from, or a multi-table parent of it
  // (whose columns its rows hold too).
  const model& from = cx.s.at(r.from_model);
  const model& target = cx.s.at(r.to_model);
  query_state q(cx, r.to_model, nullptr);
  level& lv = q.lv;
  resolved_prefetch out;
  out.path = std::string(path);
  out.source = source;
  if (queryset) {
    apply_queryset(q, *queryset, path, span);
  } else if (r.multi_valued) {
    // A reverse FK's or a many-to-many's rows come from its related manager, built on the
    // target's default manager; a forward or one-to-one hop reads the plain base manager.
    ast::query by_default;
    by_default.model_span = span;
    apply_manager(q, by_default);
  }
  ir::expr* match = nullptr;
  ir::expr* link_value = nullptr;
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
      link_value = match;
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
  lv.where.push_back(predicate(lv, ir::in_list{match, cx.mem.list(keys)}, {}));
  finalize(q, nullptr);
  if (link_value) lv.sel->items.push_back({link_value, "_prefetch_related_val", {}, {}});
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

// to_attr may not name a field of the model its rows are set on (Django's ValueError).
void check_to_attr(const model& m, std::string_view to_attr, source_span span) {
  const member* mem = m.find(to_attr);
  if (mem && (mem->what == member::kind::column || mem->what == member::kind::relation))
    fail(error_code::bad_argument,
         fmt::format("to_attr={} conflicts with a field on the {} model.", to_attr, m.name), span);
}

}  // namespace

void plan_prefetches(query_state& q, std::vector<resolved_prefetch>& out) {
  const auto& s = q.lv.cx.s;
  std::vector<int> models;  // the model each hop of `out` fetches
  for (const ast::node* p : q.prefetch) {
    const lookup_spec spec = read_lookup(*p);
    const auto done = [&](std::string_view path) {
      return std::find_if(out.begin(), out.end(), [&](const auto& r) { return r.path == path; });
    };
    if (done(spec.to) != out.end()) {
      if (spec.queryset)
        fail(error_code::bad_argument,
             fmt::format("'{}' lookup was already seen with a different queryset. You may need "
                         "to adjust the ordering of your lookups.",
                         spec.to),
             p->span);
      continue;
    }
    int source = -1;  // the main statement
    const model* m = &q.lv.m;
    const auto through = split_path(spec.through);
    const auto to = split_path(spec.to);
    std::size_t prefix_length = 0;
    for (std::size_t level = 0; level < through.size(); ++level) {
      prefix_length += (prefix_length ? 2 : 0) + to[level].size();
      const auto prefix = std::string_view(spec.to).substr(0, prefix_length);
      // A hop already planned (a shared prefix, or a to_attr set before) is followed.
      const auto known = done(prefix);
      if (known != out.end()) {
        source = static_cast<int>(known - out.begin());
        m = &s.at(models[static_cast<std::size_t>(source)]);
        continue;
      }
      const int relation_index = accessor_relation(s, *m, through[level], spec.through, p->span);
      const bool last = level + 1 == through.size();
      if (last && spec.to_attr) check_to_attr(*m, to[level], p->span);
      out.push_back(
          hop(q.lv.cx, prefix, source, relation_index, last ? spec.queryset : nullptr, p->span));
      models.push_back(s.rel(relation_index).to_model);
      source = static_cast<int>(out.size() - 1);
      m = &s.at(models.back());
    }
  }
}

}  // namespace sqlweave::resolve
