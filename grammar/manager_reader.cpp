// SPDX-License-Identifier: MIT
// A body is read when it is what Django users write: an optional docstring, assignments of a
// chain to a local (`qs = super().get_queryset()`), and `return` of a chain of queryset methods
// on `self`, on `self.get_queryset()` or `super().get_queryset()` (a manager's), or on such a
// local. The chain is kept as query text (`.filter(author__name=:name)`), the method's
// parameters written as named parameters that the resolver replaces with the call's arguments.
// Anything else is kept with the reason, and a query calling it is an error.
#include "grammar/manager_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

#include "catalog/catalog.hpp"
#include "sqlweave/parse.hpp"

namespace sqlweave::grammar {
namespace {

using python::expr;

// Where the methods of a chain are looked up, and what `self` is.
struct body_context {
  const source_file* file = nullptr;
  std::string owner;                // "PersonManager.get_fun_people" for messages
  bool get_queryset = false;        // reading get_queryset(): only super().get_queryset()
  bool on_manager = false;          // `self` is the manager (else a queryset)
  std::vector<std::string> params;  // names the call binds (stars excluded)
  std::vector<std::string> rest;    // *args, **kwargs names
  std::vector<std::string> own;     // the methods of the classes, callable in the chain
  bool from_super = false;          // set when the chain starts at super().get_queryset()
  std::map<std::string, std::string, std::less<>> locals;  // name -> its chain
};

bool is_call_of(const expr& e, std::string_view name) {
  return e.is(expr::kind::call) && e.items.front().is(expr::kind::name) &&
         e.items.front().text == name && e.items.size() == 1 && e.keywords.empty();
}

// The names of parameters in an argument, by span, so that they become `:name` in the text;
// false when the argument passes *args or **kwargs on or names a parameter the chain cannot
// hold (one of the rest).
bool collect_names(const expr& e, const body_context& cx, std::vector<source_span>& out,
                   std::string& why) {
  if (e.is(expr::kind::starred)) {
    why = fmt::format("{}() passes *arguments on, which sqlweave does not follow", cx.owner);
    return false;
  }
  if (e.is(expr::kind::name)) {
    if (std::find(cx.rest.begin(), cx.rest.end(), e.text) != cx.rest.end()) {
      why = fmt::format("{}() passes {} on, which sqlweave does not follow", cx.owner, e.text);
      return false;
    }
    if (std::find(cx.params.begin(), cx.params.end(), e.text) != cx.params.end())
      out.push_back(e.span);
    return true;
  }
  // `Q(x=1)`'s callee, `models.Q`: the attribute's name is no variable.
  for (const auto& item : e.items)
    if (!collect_names(item, cx, out, why)) return false;
  for (const auto& kw : e.keywords) {
    if (kw.name.empty()) {
      why = fmt::format("{}() passes **arguments on, which sqlweave does not follow", cx.owner);
      return false;
    }
    if (!collect_names(kw.value, cx, out, why)) return false;
  }
  return true;
}

// `.filter(author__name=name)` of a call whose callee is `<receiver>.filter`, parameters as
// `:name`.
std::optional<std::string> method_text(const expr& call, const body_context& cx, std::string& why) {
  std::vector<source_span> names;
  for (std::size_t i = 1; i < call.items.size(); ++i)
    if (!collect_names(call.items[i], cx, names, why)) return std::nullopt;
  for (const auto& kw : call.keywords) {
    if (kw.name.empty()) {
      why = fmt::format("{}() passes **arguments on, which sqlweave does not follow", cx.owner);
      return std::nullopt;
    }
    if (!collect_names(kw.value, cx, names, why)) return std::nullopt;
  }
  std::sort(names.begin(), names.end(),
            [](source_span a, source_span b) { return a.offset < b.offset; });
  const expr& callee = call.items.front();
  const std::string_view text = cx.file->text;
  const std::uint32_t end = call.span.offset + call.span.length;
  std::uint32_t at =
      callee.span.offset + callee.span.length - static_cast<std::uint32_t>(callee.text.size());
  std::string out = ".";
  for (const source_span n : names) {
    out.append(text.substr(at, n.offset - at));
    out += ':';
    out.append(text.substr(n.offset, n.length));
    at = n.offset + n.length;
  }
  out.append(text.substr(at, end - at));
  return out;
}

std::optional<std::string> chain_of(const expr& e, body_context& cx, std::string& why) {
  const std::string not_a_chain =
      cx.get_queryset
          ? fmt::format("{}() is not a filter/exclude chain of super().get_queryset()", cx.owner)
          : fmt::format("{}() does not return a chain of queryset methods on self", cx.owner);
  if (e.is(expr::kind::name)) {
    if (e.text == "self" && !cx.get_queryset) return std::string();
    if (const auto it = cx.locals.find(e.text); it != cx.locals.end()) return it->second;
    why = not_a_chain;
    return std::nullopt;
  }
  if (!e.is(expr::kind::call) || !e.items.front().is(expr::kind::attribute)) {
    why = not_a_chain;
    return std::nullopt;
  }
  const expr& callee = e.items.front();
  const expr& receiver = callee.items.front();
  const std::string_view name = callee.text;
  if (name == "get_queryset" && e.items.size() == 1 && e.keywords.empty()) {
    if (is_call_of(receiver, "super") && cx.on_manager) {
      cx.from_super = !cx.get_queryset;
      return std::string();
    }
    if (receiver.is(expr::kind::name) && receiver.text == "self" && cx.on_manager &&
        !cx.get_queryset)
      return std::string();
    why = not_a_chain;
    return std::nullopt;
  }
  const catalog::method_entry* known = catalog::find_method(name);
  const bool own = std::find(cx.own.begin(), cx.own.end(), name) != cx.own.end();
  if (known && known->terminal) {
    why = fmt::format("{}() returns {}(), not a queryset", cx.owner, name);
    return std::nullopt;
  }
  if (!known && (!own || cx.get_queryset)) {
    why = not_a_chain;
    return std::nullopt;
  }
  std::optional<std::string> base;
  if (is_call_of(receiver, "super") && known && !cx.get_queryset)
    base = std::string();  // super().filter(...): Django's own filter()
  else
    base = chain_of(receiver, cx, why);
  if (!base) return std::nullopt;
  const auto step = method_text(e, cx, why);
  if (!step) return std::nullopt;
  return *base + *step;
}

struct body_result {
  std::string chain;
  std::string unreadable;
};

body_result read_body(const object& function, body_context& cx) {
  const source_file& file = *function.file;
  cx.file = &file;
  const parse_state state(file.text);
  for (const auto& b : function.body->body) {
    const python::statement st = python::parse_statement(state, b.head);
    const bool docstring = st.what == python::statement::kind::other &&
                           (b.head.text.starts_with("\"") || b.head.text.starts_with("'"));
    if (docstring) continue;
    std::string why;
    if (st.what == python::statement::kind::return_value && b.head.text != "return") {
      const auto chain = chain_of(st.value, cx, why);
      if (!chain) return {{}, why};
      return {*chain, {}};
    }
    if (st.what == python::statement::kind::assign && st.op.empty() && st.targets.size() == 1 &&
        st.targets.front().is(expr::kind::name)) {
      const auto chain = chain_of(st.value, cx, why);
      if (!chain) return {{}, why};
      cx.locals[std::string(st.targets.front().text)] = *chain;
      continue;
    }
    break;
  }
  return {
      {},
      cx.get_queryset
          ? fmt::format("{}() is not a filter/exclude chain of super().get_queryset()", cx.owner)
          : fmt::format("{}() does more than return a chain of queryset methods on self",
                        cx.owner)};
}

// The functions of a class and of its bases in the trees, the nearest definition of each name,
// in declaration order.
struct function_entry {
  std::string name;
  const py_class* cls;
  ref function;
};
std::vector<function_entry> functions_of(const py_class& cls) {
  std::vector<function_entry> out;
  for (const py_class* c : cls.mro)
    for (const auto& name : c->order) {
      const ref& v = c->body.names.at(name);
      if (v->what != object::kind::function) continue;
      if (std::any_of(out.begin(), out.end(), [&](const auto& f) { return f.name == name; }))
        continue;
      out.push_back({name, c, v});
    }
  return out;
}

bool is_dunder(std::string_view name) {
  return name.starts_with("__") && name.ends_with("__");
}

// Django's _get_queryset_methods(): a QuerySet method is copied onto the manager unless the
// manager has one of that name, `queryset_only = True` is set on it, or it starts with '_'
// and `queryset_only = False` is not.
bool copied_to_manager(const function_entry& f, const std::vector<function_entry>& manager_own) {
  if (std::any_of(manager_own.begin(), manager_own.end(),
                  [&](const auto& m) { return m.name == f.name; }) ||
      catalog::find_method(f.name))
    return false;
  std::optional<bool> queryset_only;
  if (auto it = f.cls->body.names.find(f.name + ".queryset_only");
      it != f.cls->body.names.end() && it->second->what == object::kind::constant &&
      it->second->val.kind() == value_kind::boolean)
    queryset_only = it->second->val.as_bool();
  if (queryset_only) return !*queryset_only;
  return !f.name.starts_with("_");
}

// Why the chain a method returns cannot stand as query text after a manager (an argument that
// is an attribute of a parameter, a call the query grammar has not), or does not leave a
// queryset (`.count()`, `.aggregate(...)`); empty when it can. Such a method is kept with the
// reason, so that only a query calling it is refused.
std::string chain_problem(const std::string& chain, const std::string& owner) {
  ast::query q;
  try {
    q = parse_query("Model.objects" + chain);
  } catch (const error& err) {
    return fmt::format("{}() returns '{}', which sqlweave does not read as query text: {}", owner,
                       chain, err.what());
  }
  for (const auto& st : q.steps)
    if (st.kind >= ast::step_kind::aggregate)
      return fmt::format("{}() returns '{}', which does not leave a queryset", owner, chain);
  return {};
}

manager_method read_method(const function_entry& f, const std::vector<std::string>& own,
                           bool on_manager, bool on_queryset, bool own_get_queryset) {
  manager_method out;
  out.name = f.name;
  out.on_manager = on_manager;
  out.on_queryset = on_queryset;
  body_context cx;
  cx.owner = fmt::format("{}.{}", f.cls->name, f.name);
  cx.on_manager = !on_queryset;
  cx.own = own;
  const source_file& file = *f.function->file;
  const parse_state state(file.text);
  const auto params = python::parameters_of(state, f.function->body->head);
  for (std::size_t i = 1; i < params.size(); ++i) {
    const auto& p = params[i];
    const std::string name(p.name);
    if (p.stars > 0) {
      cx.rest.push_back(name);
      out.parameters.push_back(std::string(p.stars, '*') + name);
      continue;
    }
    cx.params.push_back(name);
    if (!p.has_default) {
      out.parameters.push_back(name);
      continue;
    }
    const std::string text(python::text_of(state, p.default_value.span));
    try {
      (void)parse_literal(text);
    } catch (const error&) {
      out.parameters.clear();
      out.unreadable =
          fmt::format("{}() has the default {}={}, which is not a literal", cx.owner, name, text);
      return out;
    }
    out.parameters.push_back(name + "=" + text);
  }
  if (params.empty()) {
    out.parameters.clear();
    out.unreadable = fmt::format("{}() takes no self", cx.owner);
    return out;
  }
  auto [chain, unreadable] = read_body(*f.function, cx);
  if (unreadable.empty() && cx.from_super && own_get_queryset)
    unreadable = fmt::format(
        "{}() starts from super().get_queryset(), not from its manager's own get_queryset(); "
        "sqlweave applies the manager's get_queryset() first",
        cx.owner);
  if (unreadable.empty()) unreadable = chain_problem(chain, cx.owner);
  if (!unreadable.empty()) {
    out.parameters.clear();
    out.unreadable = std::move(unreadable);
    return out;
  }
  out.chain = std::move(chain);
  return out;
}

body_result read_get_queryset(const interpreter& py, const py_class& manager) {
  const ref method = py.class_attribute(manager, "get_queryset");
  if (!method || method->what != object::kind::function) return {};
  body_context cx;
  cx.owner = fmt::format("{}.get_queryset", manager.name);
  cx.get_queryset = true;
  cx.on_manager = true;
  body_result r = read_body(*method, cx);
  if (!r.unreadable.empty()) return r;
  try {
    (void)parse_query("Model.objects" + r.chain);
  } catch (const error& err) {
    return {{}, fmt::format("{}() is not read: {}", cx.owner, err.what())};
  }
  return r;
}

}  // namespace

manager_reading read_manager_classes(const interpreter& py, const manager_classes& classes) {
  manager_reading out;
  std::vector<function_entry> manager_own;
  for (const py_class* c : classes.managers)
    for (auto& f : functions_of(*c))
      if (std::none_of(manager_own.begin(), manager_own.end(),
                       [&](const auto& m) { return m.name == f.name; }))
        manager_own.push_back(std::move(f));
  bool own_get_queryset = false;
  for (const py_class* c : classes.managers) {
    body_result r = read_get_queryset(py, *c);
    if (r.chain.empty() && r.unreadable.empty()) continue;
    own_get_queryset = true;
    out.chain = std::move(r.chain);
    out.unreadable = std::move(r.unreadable);
    break;
  }
  const std::vector<function_entry> queryset_own =
      classes.queryset ? functions_of(*classes.queryset) : std::vector<function_entry>{};
  std::vector<std::string> manager_names, queryset_names;
  for (const auto& f : manager_own) manager_names.push_back(f.name);
  for (const auto& f : queryset_own) queryset_names.push_back(f.name);
  // A manager's chain may call its QuerySet's copied methods too (self.get_queryset().x()).
  std::vector<std::string> reachable = manager_names;
  reachable.insert(reachable.end(), queryset_names.begin(), queryset_names.end());
  for (const auto& f : manager_own) {
    if (is_dunder(f.name) || f.name == "get_queryset") continue;
    out.methods.push_back(read_method(f, reachable, true, false, own_get_queryset));
  }
  for (const auto& f : queryset_own) {
    if (is_dunder(f.name)) continue;
    out.methods.push_back(
        read_method(f, queryset_names, copied_to_manager(f, manager_own), true, false));
  }
  return out;
}

}  // namespace sqlweave::grammar
