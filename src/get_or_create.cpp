// SPDX-License-Identifier: MIT
// get_or_create() and update_or_create() as plans: the statements Django 3.2 issues, each with
// the rule that says when it runs (compile.hpp, run_rule), compiled as the querysets they are.
#include "get_or_create.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "support/errors.hpp"

namespace sqlweave::detail {
namespace {

using ast::step_kind;

ast::step step_of(step_kind k, source_span span) {
  ast::step st;
  st.kind = k;
  st.span = span;
  return st;
}

// defaults=: a dict of field=value, or None.
const ast::node* defaults_of(const ast::step& st) {
  const auto it = std::find_if(st.kwargs.begin(), st.kwargs.end(),
                               [](const ast::kwarg& kw) { return kw.name == "defaults"; });
  if (it == st.kwargs.end()) return nullptr;
  const ast::node& d = *it->value;
  if (d.kind == ast::node_kind::literal && d.val.is_null()) return nullptr;
  if (d.kind != ast::node_kind::dict)
    fail(error_code::bad_argument,
         fmt::format("{}(defaults=) takes a dict of field names and values",
                     st.kind == step_kind::get_or_create ? "get_or_create" : "update_or_create"),
         d.span);
  return &d;
}

// The queryset before the call, followed by `tail`.
ast::query with_steps(const ast::query& q, std::initializer_list<ast::step> tail) {
  ast::query out = q;
  out.steps.pop_back();
  out.steps.insert(out.steps.end(), tail);
  return out;
}

// get(**lookups): the lookups as the conditions of get().
ast::step lookup_step(const ast::step& call, step_kind k) {
  ast::step st = step_of(k, call.span);
  for (const auto& kw : call.kwargs) {
    if (kw.name == "defaults") continue;
    ast::node n;
    n.kind = ast::node_kind::lookup;
    n.name = kw.name;
    n.args.push_back(kw.value);
    n.span = kw.span;
    st.args.push_back(ast::make_node(std::move(n)));
  }
  return st;
}

// Django's _extract_model_params(): the lookups that name no relation or lookup (no `__`),
// then defaults=, which win; create() checks each is a field of the model.
ast::step create_step(const ast::step& call, const ast::node* defaults) {
  ast::step st = step_of(step_kind::create, call.span);
  for (const auto& kw : call.kwargs)
    if (kw.name != "defaults" && kw.name.find("__") == std::string::npos) st.kwargs.push_back(kw);
  if (!defaults) return st;
  for (const auto& kw : defaults->kwargs) {
    const auto same = std::find_if(st.kwargs.begin(), st.kwargs.end(),
                                   [&](const ast::kwarg& k) { return k.name == kw.name; });
    if (same != st.kwargs.end())
      same->value = kw.value;
    else
      st.kwargs.push_back(kw);
  }
  return st;
}

// Appends the statements of `part`, compiled on its own, run by `rule`.
void append(compiled_query& plan, const schema& s, const ast::query& part, dialect_id d,
            const compile_options& options, compile_trace* trace, run_rule rule,
            std::string_view note) {
  compiled_query c = compile_traced(s, part, d, options, trace);
  for (auto& st : c.statements) {
    st.rule = rule;
    st.note = st.note.empty() ? std::string(note) : fmt::format("{}; {}", note, st.note);
    plan.statements.push_back(std::move(st));
  }
  for (auto& p : c.prefetches) plan.prefetches.push_back(std::move(p));
}

}  // namespace

bool is_get_or_create(const ast::query& q) {
  if (q.steps.empty()) return false;
  const auto k = q.steps.back().kind;
  return k == step_kind::get_or_create || k == step_kind::update_or_create;
}

compiled_query compile_get_or_create(const schema& s, const ast::query& q, dialect_id d,
                                     const compile_options& options, compile_trace* trace) {
  const ast::step& call = q.steps.back();
  if (!call.args.empty())
    fail(error_code::bad_argument,
         "get_or_create() and update_or_create() take the lookups and defaults= as keywords",
         call.args.front()->span);
  const ast::node* defaults = defaults_of(call);
  const bool updates = call.kind == step_kind::update_or_create;

  compiled_query plan;
  plan.dialect = d;
  plan.style = options.style.value_or(default_paramstyle(d));
  plan.single_row = true;
  plan.is_write = true;
  // update_or_create(): select_for_update().get_or_create(), all in one transaction.
  const ast::query lookup = updates
                                ? with_steps(q, {step_of(step_kind::select_for_update, call.span),
                                                 lookup_step(call, step_kind::get)})
                                : with_steps(q, {lookup_step(call, step_kind::get)});
  append(plan, s, lookup, d, options, trace, run_rule::always,
         "get(): its one row is the object; more than one is MultipleObjectsReturned; none "
         "runs the insert");
  append(plan, s, with_steps(q, {create_step(call, defaults)}), d, options, trace,
         run_rule::if_none_found,
         "create(), when the lookup found no row, in a savepoint: an integrity error rolls back "
         "to it and runs the lookup again");
  append(plan, s, lookup, d, options, trace, run_rule::if_insert_failed,
         "get() again after the insert's integrity error: its row is the object; none re-raises "
         "the error");
  // save() of the object found: Django writes every field, the defaults= being the ones that
  // change. Without defaults= nothing changes and no UPDATE is planned.
  if (updates && defaults && !defaults->kwargs.empty()) {
    ast::step set = step_of(step_kind::update, call.span);
    set.kwargs = defaults->kwargs;
    ast::step where = lookup_step(call, step_kind::filter);
    append(plan, s, with_steps(q, {where, set}), d, options, trace, run_rule::if_found,
           "save() of the row a lookup found (locked by it where the database has row locks), "
           "with defaults= set");
  }
  return plan;
}

}  // namespace sqlweave::detail
