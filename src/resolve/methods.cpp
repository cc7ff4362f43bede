// SPDX-License-Identifier: MIT
// Methods of a manager's class or of its QuerySet class in a chain: `Person.objects
// .get_fun_people()` is the chain its body returns (`self.filter(fun=True)`), with the call's
// arguments in place of the parameters the loader wrote as `:name`. Python's rules for the
// call: positional arguments by order, keywords by name, defaults, *args and **kwargs taking the
// rest (the loader refuses a body that passes those on). A manager's own methods are callable
// only on the manager (`Person.objects.x()`), its QuerySet's after any method, as in Django.
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "resolve/query.hpp"
#include "sqlweave/ast.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

// Manager methods calling manager methods: deep enough for real helpers, and it ends a cycle.
constexpr int max_method_depth = 16;

struct binding {
  std::string_view name;
  ast::expr value;
};

std::string where(const query_state& q) {
  const model& m = q.lv.cx.s.at(q.lv.model_index);
  return fmt::format("{}.{}", m.name, q.mgr ? q.mgr->name : std::string("objects"));
}

// The call's arguments by parameter, as Python binds them.
std::vector<binding> bind(const query_state& q, const manager_method& f, const ast::step& st) {
  std::vector<binding> out;
  const auto& params = f.parsed_parameters;
  const bool rest_positional =
      std::any_of(params.begin(), params.end(), [](const auto& p) { return p.stars == 1; });
  const bool rest_keywords =
      std::any_of(params.begin(), params.end(), [](const auto& p) { return p.stars == 2; });
  std::size_t next = 0;
  for (const auto& p : params) {
    if (p.stars != 0) continue;
    if (next < st.args.size()) out.push_back({p.name, st.args[next++]});
  }
  if (next < st.args.size() && !rest_positional)
    fail(error_code::bad_argument,
         fmt::format("{}.{}() takes {} positional argument{}, got {}", where(q), f.name, next,
                     next == 1 ? "" : "s", st.args.size()),
         st.args[next]->span);
  for (const auto& kw : st.kwargs) {
    const auto p = std::find_if(params.begin(), params.end(),
                                [&](const auto& x) { return x.stars == 0 && x.name == kw.name; });
    if (p == params.end()) {
      if (rest_keywords) continue;
      fail(
          error_code::bad_argument,
          fmt::format("{}.{}() got an unexpected keyword argument '{}'", where(q), f.name, kw.name),
          kw.span);
    }
    if (std::any_of(out.begin(), out.end(), [&](const auto& b) { return b.name == kw.name; }))
      fail(error_code::bad_argument,
           fmt::format("{}.{}() got multiple values for argument '{}'", where(q), f.name, kw.name),
           kw.span);
    out.push_back({p->name, kw.value});
  }
  for (const auto& p : params) {
    if (p.stars != 0 ||
        std::any_of(out.begin(), out.end(), [&](const auto& b) { return b.name == p.name; }))
      continue;
    if (!p.default_value)
      fail(error_code::bad_argument,
           fmt::format("{}.{}() is missing its argument '{}'", where(q), f.name, p.name), st.span);
    out.push_back({p.name, ast::make_literal(*p.default_value, st.span)});
  }
  return out;
}

ast::expr substitute(const ast::expr& e, const std::vector<binding>& args);

// A subquery's steps with the arguments in place: `self.filter(pk__in=Other.objects.filter(x=p))`.
ast::query substitute(const ast::query& q, const std::vector<binding>& args, bool& changed);

std::vector<ast::expr> substitute_all(const std::vector<ast::expr>& list,
                                      const std::vector<binding>& args, bool& changed) {
  std::vector<ast::expr> out;
  out.reserve(list.size());
  for (const auto& a : list) {
    out.push_back(substitute(a, args));
    changed |= out.back() != a;
  }
  return out;
}

std::vector<ast::kwarg> substitute_all(const std::vector<ast::kwarg>& list,
                                       const std::vector<binding>& args, bool& changed) {
  std::vector<ast::kwarg> out;
  out.reserve(list.size());
  for (const auto& k : list) {
    out.push_back({k.name, substitute(k.value, args), k.span});
    changed |= out.back().value != k.value;
  }
  return out;
}

ast::query substitute(const ast::query& q, const std::vector<binding>& args, bool& changed) {
  ast::query out = q;
  for (auto& st : out.steps) {
    st.args = substitute_all(st.args, args, changed);
    st.kwargs = substitute_all(st.kwargs, args, changed);
  }
  return out;
}

// The argument itself, shared, so that its literals stay the query's own (statement_cache
// rebinds them by address).
ast::expr substitute(const ast::expr& e, const std::vector<binding>& args) {
  if (e->kind == ast::node_kind::param) {
    const auto b =
        std::find_if(args.begin(), args.end(), [&](const auto& x) { return x.name == e->name; });
    return b == args.end() ? e : b->value;
  }
  bool changed = false;
  ast::node n = *e;
  n.args = substitute_all(e->args, args, changed);
  n.kwargs = substitute_all(e->kwargs, args, changed);
  if (e->sub) {
    ast::query sub = substitute(*e->sub, args, changed);
    if (changed) n.sub = std::make_shared<const ast::query>(std::move(sub));
  }
  return changed ? ast::make_node(std::move(n)) : e;
}

}  // namespace

void check_method_known(const query_state& q, const ast::step& st) {
  if (st.kind != ast::step_kind::custom || !q.mgr) return;
  const bool any = std::any_of(q.mgr->methods.begin(), q.mgr->methods.end(),
                               [&](const auto& f) { return f.name == st.method; });
  if (any) return;
  std::vector<std::string_view> names = catalog::method_names();
  for (const auto& f : q.mgr->methods) names.push_back(f.name);
  throw_unknown(error_code::syntax, "queryset method", st.method, {},
                nearest_names(st.method, names), st.span);
}

void apply_method(query_state& q, const ast::step& st, bool first) {
  check_method_known(q, st);
  const manager_method* f = q.mgr ? q.mgr->find_method(st.method, first) : nullptr;
  if (!f && first)
    fail(error_code::bad_argument,
         fmt::format("{}() is a method of the QuerySet class of {} that Django does not copy "
                     "onto the manager (its name starts with '_' or it sets queryset_only = "
                     "True); call it after another method, as in .all().{}()",
                     st.method, where(q), st.method),
         st.span);
  if (!f)
    fail(error_code::bad_argument,
         fmt::format("{}() is a method of the manager {}, not of its querysets; call it right "
                     "after {}",
                     st.method, where(q), where(q)),
         st.span);
  if (!f->unreadable.empty())
    fail(error_code::bad_schema,
         fmt::format("{}.{}() cannot be used: {}", where(q), f->name, f->unreadable), st.span);
  if (q.method_depth >= max_method_depth)
    fail(error_code::limit_exceeded,
         fmt::format("manager methods call each other more than {} deep (at {}())",
                     max_method_depth, f->name),
         st.span);
  const std::vector<binding> args = bind(q, *f, st);
  bool changed = false;
  ast::query body = substitute(*f->steps, args, changed);
  const std::string chain = f->chain;
  const std::string owner = where(q);
  ++q.method_depth;
  try {
    // `self` in a method of the manager's class is the manager: its own methods follow.
    q.at_manager = !f->on_queryset;
    for (auto& step : body.steps) apply_step(q, q.lv.cx.synthesized.emplace_back(std::move(step)));
  } catch (const error& e) {
    // The body's positions are in the models, not in this query's text.
    fail(e.code(), fmt::format("in {}.{}() ({}): {}", owner, st.method, chain, e.what()), st.span);
  }
  --q.method_depth;
  q.at_manager = false;
}

void check_not_overridden(const query_state& q, const ast::step& st, bool first) {
  if (!q.mgr || q.mgr->methods.empty() || st.kind == ast::step_kind::custom) return;
  // Django's manager passes a built-in name on to its queryset: the QuerySet class's own one
  // is reached from the manager too.
  const std::string_view name = catalog::method_name(st.kind);
  if (!q.mgr->find_method(name, false) && !(first && q.mgr->find_method(name, true))) return;
  fail(error_code::unsupported,
       fmt::format("{}() of {} is the schema's own method, overriding Django's; sqlweave does "
                   "not follow overrides of queryset methods",
                   name, where(q)),
       st.span);
}

}  // namespace sqlweave::resolve
