// SPDX-License-Identifier: MIT
// What an instance of a class of the trees calls when it is called: a wrapper such as an
// on_delete guard whose __call__ passes the call on to the callable it was made with.
#include <string_view>

#include "grammar/py_eval.hpp"

namespace sqlweave::grammar {

using python::expr;
using python::statement;

namespace {

const python::parameter* parameter_named(const std::vector<python::parameter>& params,
                                         std::string_view name, std::size_t& index) {
  for (index = 0; index < params.size(); ++index)
    if (params[index].name == name && params[index].stars == 0) return &params[index];
  return nullptr;
}

// The expression statements of a body, nested blocks (if/with) included, in source order.
void calls_in(const std::vector<python::block>& blocks, const parse_state& state,
              std::vector<statement>& out) {
  for (const auto& b : blocks) {
    statement st = python::parse_statement(state, b.head);
    if (st.what == statement::kind::other && st.value.is(expr::kind::call))
      out.push_back(std::move(st));
    else if (st.what == statement::kind::compound)
      calls_in(b.body, state, out);
  }
}

}  // namespace

ref interpreter::call_target(const object& inst) {
  if (inst.what != object::kind::instance || !inst.callee || !inst.call || !inst.where ||
      inst.callee->what != object::kind::klass)
    return nullptr;
  const py_class& cls = *inst.callee->cls;
  const ref call_method = class_attribute(cls, "__call__");
  if (!call_method || call_method->what != object::kind::function) return nullptr;
  const parse_state state(call_method->file->text);
  const auto params = python::parameters_of(state, call_method->body->head);
  if (params.empty()) return nullptr;
  const std::string_view self = params.front().name;
  std::vector<statement> calls;
  calls_in(call_method->body->body, state, calls);
  for (const statement& st : calls) {
    const expr& callee = st.value.items.front();
    const bool on_self = callee.is(expr::kind::attribute) &&
                         callee.items.front().is(expr::kind::name) &&
                         callee.items.front().text == self;
    if (!on_self) {  // a callable named in the body: `CASCADE(collector, ...)`
      const ref v = eval(callee, *call_method->where);
      if (v->what == object::kind::named) return v;
      continue;
    }
    if (const ref v = attribute_set_in_init(cls, callee.text, inst)) return v;
  }
  return nullptr;
}

// `self.<name> = <parameter>` in the class's __init__: the argument the instance got for it.
ref interpreter::attribute_set_in_init(const py_class& cls, std::string_view name,
                                       const object& inst) {
  const ref init = class_attribute(cls, "__init__");
  if (!init || init->what != object::kind::function) return nullptr;
  const parse_state state(init->file->text);
  const auto params = python::parameters_of(state, init->body->head);
  if (params.empty()) return nullptr;
  for (const auto& b : init->body->body) {
    const statement st = python::parse_statement(state, b.head);
    if (st.what != statement::kind::assign || !st.op.empty() || st.targets.size() != 1) continue;
    const expr& target = st.targets.front();
    if (!target.is(expr::kind::attribute) || target.text != name ||
        !target.items.front().is(expr::kind::name) ||
        target.items.front().text != params.front().name || !st.value.is(expr::kind::name))
      continue;
    std::size_t index = 0;
    const python::parameter* p = parameter_named(params, st.value.text, index);
    if (!p || index == 0) return nullptr;
    for (const auto& kw : inst.call->keywords)
      if (kw.name == p->name) return eval(kw.value, *inst.where);
    if (index < inst.call->items.size() && !inst.call->items[index].is(expr::kind::starred))
      return eval(inst.call->items[index], *inst.where);
    return p->has_default ? eval(p->default_value, *init->where) : nullptr;
  }
  return nullptr;
}

}  // namespace sqlweave::grammar
