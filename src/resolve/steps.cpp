// SPDX-License-Identifier: MIT
// The chain of a queryset, one step at a time.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <utility>

#include "catalog/catalog.hpp"
#include "resolve/conditions.hpp"
#include "resolve/expressions.hpp"
#include "resolve/joins.hpp"
#include "resolve/query.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

std::string_view name_argument(const ast::node& n, ast::step_kind method) {
  if (n.kind == ast::node_kind::literal && n.val.kind() == value_kind::text) return n.val.as_text();
  if (n.kind == ast::node_kind::field) return n.name;
  fail(error_code::bad_argument,
       fmt::format("{}() takes field names as strings", catalog::method_name(method)), n.span);
}

// select_related(None), defer(None): the one argument None resets the method's state.
bool only_none(const ast::step& st) {
  return st.args.size() == 1 && st.args[0]->kind == ast::node_kind::literal &&
         st.args[0]->val.is_null();
}

node_refs refs(const std::vector<ast::expr>& v) {
  node_refs out;
  out.reserve(v.size());
  for (const auto& e : v) out.push_back(e.get());
  return out;
}

void slice(query_state& q, const ast::step& st) {
  const auto start = st.start.value_or(0);
  if (start < 0 || (st.stop && *st.stop < 0))
    fail(error_code::bad_argument, "negative indexing is not supported", st.span);
  // Slicing a slice narrows it, as Django's set_limits does.
  ir::select& s = *q.lv.sel;
  const std::int64_t old_limit = s.limit;
  s.offset += start;
  if (st.stop) {
    std::int64_t limit = std::max<std::int64_t>(0, *st.stop - start);
    if (old_limit >= 0) limit = std::min(limit, std::max<std::int64_t>(0, old_limit - start));
    s.limit = limit;
  } else if (old_limit >= 0) {
    s.limit = std::max<std::int64_t>(0, old_limit - start);
  }
  q.sliced = true;
}

}  // namespace

void check_alias(std::string_view name, source_span span) {
  // Aliases are the one identifier a user names freely: one strict rule keeps quotes, spaces,
  // semicolons, comment markers and control characters out of the SQL text.
  const bool valid = !name.empty() && name.size() <= 128 &&
                     (std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_') &&
                     std::all_of(name.begin(), name.end(), [](char c) {
                       return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
                     });
  if (!valid)
    fail(error_code::bad_argument,
         fmt::format(
             "invalid alias '{}': use letters, digits and underscores, not starting with a digit",
             name),
         span);
}

// only()/defer() name the model's fields, or a related model's through single-valued
// relations ("author__name"); reverse and many-to-many relations load nothing of their own.
void check_load_path(const query_state& q, std::string_view name, ast::step_kind method,
                     source_span span) {
  const auto& s = q.lv.cx.s;
  const model* m = &q.lv.m;
  const auto parts = split_path(name);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const member* mem = m->find(parts[i]);
    if (!mem) q.lv.unknown_name(parts[i], span, *m);
    while (mem->what == member::kind::inherited) {
      m = &s.at(s.rel(mem->via).to_model);
      mem = m->find(parts[i]);
    }
    const bool last = i + 1 == parts.size();
    if (mem->what != member::kind::relation) {
      if (last) return;
      fail(error_code::bad_argument,
           fmt::format("{}(): '{}' is a field of {}, not a relation to follow",
                       catalog::method_name(method), parts[i], m->name),
           span);
    }
    const relation& r = s.rel(mem->index);
    if (r.multi_valued || (last && r.how != relation::kind::forward))
      fail(error_code::bad_argument,
           fmt::format("{}() takes fields of {}; '{}' is a reverse or many-to-many relation",
                       catalog::method_name(method), m->name, parts[i]),
           span);
    m = &s.at(r.to_model);
  }
}

void apply_step(query_state& q, const ast::step& st) {
  using ast::step_kind;
  const bool first = std::exchange(q.at_manager, false);
  if (st.kind == step_kind::custom) return apply_method(q, st, first);
  check_not_overridden(q, st, first);
  catalog::check_arguments(catalog::method_of(st.kind), st);
  if (q.sliced && (st.kind == step_kind::filter || st.kind == step_kind::exclude ||
                   st.kind == step_kind::order_by || st.kind == step_kind::distinct ||
                   st.kind == step_kind::reverse))
    fail(error_code::bad_argument,
         fmt::format("cannot use {}() once a slice has been taken", catalog::method_name(st.kind)),
         st.span);
  if (q.values_mode && (st.kind == step_kind::select_related || st.kind == step_kind::only ||
                        st.kind == step_kind::defer))
    fail(error_code::bad_argument,
         fmt::format("cannot call {}() after values() or values_list()",
                     catalog::method_name(st.kind)),
         st.span);
  switch (st.kind) {
    case step_kind::all: return;
    case step_kind::filter: return add_filter(q.lv, refs(st.args), false);
    case step_kind::exclude: return add_filter(q.lv, refs(st.args), true);
    case step_kind::annotate: return add_annotations(q, st, true);
    case step_kind::alias: return add_annotations(q, st, false);
    case step_kind::values:
    case step_kind::values_list: return set_values(q, st);
    case step_kind::only:
    case step_kind::defer: {
      if (st.kind == step_kind::defer && only_none(st)) {
        // defer(None): Django's clear_deferred_loading() forgets only() and defer() alike.
        q.only.clear();
        q.defer.clear();
        return;
      }
      small<std::string_view> names;
      for (const auto& a : st.args) {
        const auto name = name_argument(*a, st.kind);
        check_load_path(q, name, st.kind, a->span);
        names.push_back(name);
      }
      // Django's deferred_loading: one set, either loaded (only) or left out (defer); a call
      // of the other kind takes its names out of it.
      auto without = [](small<std::string_view> from, const small<std::string_view>& gone) {
        from.erase(std::remove_if(from.begin(), from.end(),
                                  [&](std::string_view n) {
                                    return std::find(gone.begin(), gone.end(), n) != gone.end();
                                  }),
                   from.end());
        return from;
      };
      if (st.kind == step_kind::only) {
        q.only = without(names, q.defer);
        q.defer.clear();
      } else if (!q.only.empty()) {
        q.only = without(q.only, names);
      } else {
        q.defer.insert(q.defer.end(), names.begin(), names.end());
      }
      return;
    }
    case step_kind::order_by: return set_ordering(q, st);
    case step_kind::distinct:
      q.lv.sel->distinct = true;
      if (st.args.empty()) return;
      if (!q.lv.cx.dialect.distinct_on)
        unsupported(q.lv.cx.dialect.name, "distinct(*fields) (DISTINCT ON)", st.span);
      q.distinct_span = st.span;
      for (const auto& a : st.args) {
        const auto name = name_argument(*a, st.kind);
        const auto* ann = q.lv.find_annotation(name);
        q.distinct_on.push_back(ann ? ann->value
                                    : field_ref(q.lv, name, a->span, use_site{}, nullptr));
      }
      return;
    case step_kind::combine_or:
    case step_kind::combine_and: return combine(q, st);
    case step_kind::extra: return apply_extra(q, st);
    case step_kind::dates:
    case step_kind::datetimes: return apply_dates(q, st);
    case step_kind::select_related:
      if (only_none(st)) {
        // select_related(None): Django forgets every earlier select_related().
        q.select_related_all = false;
        q.select_related.clear();
        return;
      }
      if (st.args.empty()) q.select_related_all = true;
      for (const auto& a : st.args) q.select_related.push_back(name_argument(*a, st.kind));
      return;
    case step_kind::prefetch_related:
      for (const auto& a : st.args) q.prefetch.push_back(a.get());
      return;
    case step_kind::reverse: q.reversed = !q.reversed; return;
    case step_kind::select_for_update: return set_lock(q, st);
    case step_kind::slice: return slice(q, st);
    case step_kind::none: q.none = true; return;
    case step_kind::union_:
    case step_kind::intersection:
    case step_kind::difference:
      fail(
          error_code::unsupported,
          fmt::format("{}() inside a subquery is not supported yet", catalog::method_name(st.kind)),
          st.span);
    default:
      fail(error_code::bad_argument,
           fmt::format("{}() ends the query", catalog::method_name(st.kind)), st.span);
  }
}

}  // namespace sqlweave::resolve
