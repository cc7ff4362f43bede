// SPDX-License-Identifier: MIT
#include "grammar/py_eval.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <optional>

namespace sqlweave::grammar {

using python::expr;
using python::statement;

void fail_in(const source_file& file, source_span span, error_code code, std::string message) {
  // The line in the message too, for callers that print only what().
  const auto at = std::min<std::size_t>(span.offset, file.text.size());
  const auto line =
      1 + std::count(file.text.begin(), file.text.begin() + static_cast<std::ptrdiff_t>(at), '\n');
  if (code == error_code::bad_schema) message += fmt::format(" (line {})", line);
  throw file_error{error(diagnostic{code, std::move(message), span, {}}), &file};
}

ref scope::find(std::string_view name) const {
  for (const scope* s = this; s; s = s->enclosing)
    if (auto it = s->names.find(name); it != s->names.end()) return it->second;
  return nullptr;
}

struct interpreter::module_state {
  const source_file* file = nullptr;
  scope globals;
  std::vector<python::block> blocks;
  bool done = false;
};

namespace {

constexpr std::string_view builtin_names[] = {"len",         "max",
                                              "min",         "str",
                                              "int",         "float",
                                              "bool",        "getattr",
                                              "object",      "super",
                                              "tuple",       "list",
                                              "dict",        "set",
                                              "sum",         "abs",
                                              "round",       "sorted",
                                              "property",    "staticmethod",
                                              "classmethod", "Exception",
                                              "ValueError",  "isinstance",
                                              "print",       "range",
                                              "frozenset",   "enumerate",
                                              "zip",         "hasattr",
                                              "type",        "repr",
                                              "callable",    "NotImplementedError"};

bool truthy(const object& o, bool& known) {
  known = true;
  switch (o.what) {
    case object::kind::constant:
      switch (o.val.kind()) {
        case value_kind::null: return false;
        case value_kind::boolean: return o.val.as_bool();
        case value_kind::integer: return o.val.as_int() != 0;
        case value_kind::real: return o.val.as_real() != 0;
        case value_kind::text: return !o.val.as_text().empty();
        default: known = false; return false;
      }
    case object::kind::sequence: return !o.items.empty();
    case object::kind::module:
    case object::kind::klass:
    case object::kind::function: return true;
    default: known = false; return false;
  }
}

ref constant(sqlweave::value v) {
  auto o = std::make_shared<object>();
  o->what = object::kind::constant;
  o->val = std::move(v);
  return o;
}

bool is_int(const ref& o) {
  return o->what == object::kind::constant && o->val.kind() == value_kind::integer;
}
bool is_number(const ref& o) {
  return o->what == object::kind::constant &&
         (o->val.kind() == value_kind::integer || o->val.kind() == value_kind::real);
}
bool is_text(const ref& o) {
  return o->what == object::kind::constant && o->val.kind() == value_kind::text;
}
double real_of(const ref& o) {
  return o->val.kind() == value_kind::integer ? static_cast<double>(o->val.as_int())
                                              : o->val.as_real();
}

// Python's ordering of two numbers, two texts or two tuples (element-wise, then by length);
// nothing when sqlweave cannot order them.
std::optional<int> three_way(const ref& a, const ref& b) {
  auto as_number = [](const ref& o) {  // True == 1 in Python
    return o->what == object::kind::constant && o->val.kind() == value_kind::boolean
               ? constant(sqlweave::value(std::int64_t{o->val.as_bool() ? 1 : 0}))
               : o;
  };
  if (a->what == object::kind::constant && a->val.kind() == value_kind::boolean)
    return three_way(as_number(a), b);
  if (b->what == object::kind::constant && b->val.kind() == value_kind::boolean)
    return three_way(a, as_number(b));
  if (is_number(a) && is_number(b)) {
    const double x = real_of(a), y = real_of(b);
    return x < y ? -1 : (y < x ? 1 : 0);
  }
  if (is_text(a) && is_text(b)) {
    const int c = a->val.as_text().compare(b->val.as_text());
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
  if (a->what != object::kind::sequence || b->what != object::kind::sequence) return std::nullopt;
  for (std::size_t k = 0; k < a->items.size() && k < b->items.size(); ++k) {
    const auto c = three_way(a->items[k], b->items[k]);
    if (!c || *c != 0) return c;
  }
  const auto x = a->items.size(), y = b->items.size();
  return x < y ? -1 : (y < x ? 1 : 0);
}

// C3 linearization of `cls` over its bases of the trees.
std::vector<py_class*> linearize(py_class& cls) {
  std::vector<std::vector<py_class*>> seqs;
  std::vector<py_class*> direct;
  for (const auto& b : cls.bases)
    if (b->what == object::kind::klass) {
      seqs.push_back(b->cls->mro);
      direct.push_back(b->cls);
    }
  seqs.push_back(direct);
  std::vector<py_class*> out{&cls};
  while (true) {
    seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](const auto& s) { return s.empty(); }),
               seqs.end());
    if (seqs.empty()) return out;
    py_class* next = nullptr;
    for (const auto& s : seqs) {
      py_class* head = s.front();
      const bool in_tail = std::any_of(seqs.begin(), seqs.end(), [&](const auto& t) {
        return std::find(t.begin() + 1, t.end(), head) != t.end();
      });
      if (!in_tail) {
        next = head;
        break;
      }
    }
    if (!next)
      fail_in(*cls.file, cls.span, error_code::bad_schema,
              fmt::format("class {} has no consistent method resolution order for its bases",
                          cls.name));
    out.push_back(next);
    for (auto& s : seqs)
      if (s.front() == next) s.erase(s.begin());
  }
}

// The result of calling something outside the trees (`os.environ.get(...)`).
bool outside_result(const ref& o) {
  return o->what == object::kind::instance && o->callee && o->callee->what == object::kind::named;
}

}  // namespace

bool is_choices(const py_class& cls) {
  for (const py_class* c : cls.mro)
    for (const auto& b : c->bases)
      if (b->what == object::kind::named && b->path.starts_with("django.db.models.") &&
          b->path.ends_with("Choices"))
        return true;
  return false;
}

interpreter::interpreter(reader_options options) : options_(std::move(options)) {}
interpreter::~interpreter() = default;

ref interpreter::unknown(std::string reason, const source_file* file, source_span span) {
  auto o = std::make_shared<object>();
  o->what = object::kind::unknown;
  o->path = std::move(reason);
  o->file = file;
  o->span = span;
  return o;
}

ref interpreter::source_only(const source_file* file, source_span span) {
  auto o = std::make_shared<object>();
  o->what = object::kind::instance;
  o->file = file;
  o->span = span;
  return o;
}

ref interpreter::outside_name(std::string path) const {
  if (path.find('.') != std::string::npos)
    if (ref v = setting(path)) return v;
  return named(std::move(path));
}

ref interpreter::named(std::string path) {
  // Imports under `if TYPE_CHECKING:` are for type checkers; at run time the flag is False.
  if (path == "typing.TYPE_CHECKING") return constant(sqlweave::value(false));
  // The Django whose models sqlweave reads: `if django.VERSION >= (4, 0):` takes 3.2's branch.
  if (path == "django.VERSION") {
    auto v = std::make_shared<object>();
    v->what = object::kind::sequence;
    for (std::int64_t part : {3, 2, 0}) v->items.push_back(constant(sqlweave::value(part)));
    v->items.push_back(constant(sqlweave::value(std::string("final"))));
    v->items.push_back(constant(sqlweave::value(std::int64_t{0})));
    return v;
  }
  auto o = std::make_shared<object>();
  o->what = path == "django.conf.settings" ? object::kind::settings : object::kind::named;
  o->path = std::move(path);
  return o;
}

std::string position_of(const source_file& file, source_span span) {
  const std::string_view text = file.text;
  const auto at = std::min<std::size_t>(span.offset, text.size());
  const auto line =
      1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n');
  const auto line_start = text.rfind('\n', at == 0 ? 0 : at - 1);
  const std::size_t column =
      line_start == std::string_view::npos || at == 0 ? at + 1 : at - line_start;
  return fmt::format("{}:{}:{}", file.path, line, column);
}

void interpreter::warn(const source_file& file, source_span span, std::string_view message) const {
  if (options_.warnings)
    options_.warnings->push_back(fmt::format("warning: {} ({})", message, position_of(file, span)));
}

ref interpreter::setting(std::string_view name) const {
  for (const auto& kv : options().settings) {
    const auto eq = kv.find('=');
    if (eq == std::string::npos || std::string_view(kv).substr(0, eq) != name) continue;
    const std::string_view text = std::string_view(kv).substr(eq + 1);
    // A Python literal when it is one, else the text itself: --setting AUTH_USER_MODEL=a.B.
    const std::string assignment = "x=" + std::string(text);
    try {
      const parse_state state(assignment);
      const python::statement st = python::parse_statement(state, {assignment, 0});
      if (st.what == statement::kind::assign && st.value.is(expr::kind::literal))
        return constant(st.value.val);
    } catch (const error&) {
    }
    return constant(sqlweave::value(std::string(text)));
  }
  if (name == "AUTH_USER_MODEL") return constant(sqlweave::value(std::string("auth.User")));
  if (name == "INSTALLED_APPS") {
    auto apps = std::make_shared<object>();
    apps->what = object::kind::sequence;
    for (const auto& a : options_.installed_apps)
      apps->items.push_back(constant(sqlweave::value(a)));
    return apps;
  }
  if (name == "DEFAULT_AUTO_FIELD")
    return constant(sqlweave::value(std::string("django.db.models.AutoField")));
  return nullptr;
}

// ---------------------------------------------------------------- modules

const scope& interpreter::import_module(std::string_view dotted, const source_file* from,
                                        source_span at) {
  for (const auto& m : modules_) {
    if (m->file->module != dotted) continue;
    // Python hands a module that is still running to whoever imports it again: the names it
    // has bound so far are there, a later one is "cannot import" where it is used.
    return m->globals;
  }
  const source_file* file = options_.find_module(dotted);
  if (!file) fail_in(*from, at, error_code::bad_schema, fmt::format("no module '{}'", dotted));
  auto state = std::make_unique<module_state>();
  state->file = file;
  state->globals.file = file;
  module_state& m = *state;
  modules_.push_back(std::move(state));
  try {
    m.blocks = python::blocks_of(parse_state(file->text));
  } catch (const error& e) {
    throw file_error{e, file};
  }
  frame* const caller = frame_;  // a module imported by a function runs as a module
  frame_ = nullptr;
  run(m.blocks, m.globals, nullptr);
  frame_ = caller;
  m.done = true;
  return m.globals;
}

bool interpreter::initializing(std::string_view dotted) const {
  return std::any_of(modules_.begin(), modules_.end(),
                     [&](const auto& m) { return m->file->module == dotted && !m->done; });
}

std::string interpreter::absolute_module(const statement& st, const source_file& file) const {
  std::string_view module = st.module;
  std::size_t dots = 0;
  while (dots < module.size() && module[dots] == '.') ++dots;
  if (dots == 0) return std::string(module);
  std::string base = file.module;
  // `.x` from a package's __init__ is a submodule of the package; from a module, a sibling.
  std::size_t up = file.package ? dots - 1 : dots;
  for (; up > 0; --up) {
    const auto dot = base.rfind('.');
    if (dot == std::string::npos) {
      fail_in(file, st.span, error_code::bad_schema,
              fmt::format("relative import '{}' goes above the top of the tree", st.module));
    }
    base.resize(dot);
  }
  const std::string_view rest = module.substr(dots);
  return rest.empty() ? base : base + "." + std::string(rest);
}

void interpreter::import_names(const statement& st, scope& into) {
  for (const auto& name : st.names) {
    const std::string dotted(name.name);
    if (options_.find_module(dotted)) import_module(dotted, into.file, name.span);
    auto o = std::make_shared<object>();
    // `import a.b` binds a; `import a.b as c` binds c to a.b.
    const std::string bound = name.as.empty() ? dotted.substr(0, dotted.find('.')) : dotted;
    const bool tree = options_.find_module(bound) != nullptr || options_.find_module(dotted);
    ref value = tree ? [&] {
      o->what = object::kind::module;
      o->path = bound;
      return ref(o);
    }()
                     : named(bound);
    into.names[std::string(name.as.empty() ? std::string_view(bound) : name.as)] = value;
  }
}

void interpreter::import_from(const statement& st, scope& into) {
  const std::string module = absolute_module(st, *into.file);
  const bool tree = options_.find_module(module) != nullptr;
  const scope* from = tree ? &import_module(module, into.file, st.span) : nullptr;
  if (st.star) {
    if (!from) {
      into.star_modules.push_back(module);
      return;
    }
    for (const auto& [name, v] : from->names)
      if (!name.starts_with("_")) into.names[name] = v;
    for (const auto& m : from->star_modules) into.star_modules.push_back(m);
    return;
  }
  for (const auto& name : st.names) {
    const std::string key(name.as.empty() ? name.name : name.as);
    const std::string full = module + "." + std::string(name.name);
    if (!from) {
      into.names[key] = outside_name(full);
      continue;
    }
    if (ref v = from->find(name.name)) {
      into.names[key] = v;
    } else if (options_.find_module(full)) {
      import_module(full, into.file, name.span);
      auto o = std::make_shared<object>();
      o->what = object::kind::module;
      o->path = full;
      into.names[key] = o;
    } else if (!from->star_modules.empty()) {
      into.names[key] = outside_name(from->star_modules.front() + "." + std::string(name.name));
    } else {
      into.names[key] = unknown(
          fmt::format("cannot import name '{}' from '{}'{}", name.name, module,
                      initializing(module) ? " (a circular import: it is not defined yet)" : ""),
          into.file, name.span);
    }
  }
}

// ---------------------------------------------------------------- statements

// `swapper.set_app_prefix("wagtailcore", "wagtail")` run at a module's top level: the settings
// swappable_setting() names for that app start with the prefix from then on.
void interpreter::note_app_prefix(const expr& call, const scope& in) {
  // Only a call spelled so is evaluated: other top-level calls (signal hookups) are not run.
  if (call.items.size() != 3 || !call.keywords.empty() ||
      call.items.front().text != "set_app_prefix")
    return;
  const ref callee = eval(call.items.front(), in);
  if (callee->what != object::kind::named || callee->path != "swapper.set_app_prefix") return;
  const ref app = eval(call.items[1], in);
  const ref prefix = eval(call.items[2], in);
  const auto text = [](const ref& v) {
    return v->what == object::kind::constant && v->val.kind() == value_kind::text;
  };
  if (text(app) && text(prefix)) app_prefixes_[app->val.as_text()] = prefix->val.as_text();
}

void interpreter::run(const std::vector<python::block>& blocks, scope& into, py_class* cls) {
  for (std::size_t i = 0; i < blocks.size() && !(frame_ && frame_->result);)
    run_block(blocks[i], blocks, i, into, cls);
}

void interpreter::run_block(const python::block& b, const std::vector<python::block>& siblings,
                            std::size_t& index, scope& into, py_class* cls) {
  ++index;
  const source_file& file = *into.file;
  auto owned = std::make_unique<statement>();
  try {
    *owned = python::parse_statement(parse_state(file.text), b.head);
  } catch (const error& e) {
    throw file_error{e, &file};
  }
  const statement& st = *owned;
  statements_.push_back(std::move(owned));
  auto bind = [&](std::string_view name, ref v) {
    into.names[std::string(name)] = std::move(v);
    if (cls && std::find(cls->order.begin(), cls->order.end(), name) == cls->order.end())
      cls->order.emplace_back(name);
  };
  switch (st.what) {
    case statement::kind::import_names: import_names(st, into); return;
    case statement::kind::import_from: import_from(st, into); return;
    case statement::kind::class_def: define_class(b, st, into); return;
    case statement::kind::function_def: {
      auto f = std::make_shared<object>();
      f->what = object::kind::function;
      f->body = &b;
      f->file = &file;
      f->span = st.name_span;
      f->where = cls ? into.enclosing : &into;  // a method does not see its class's names
      bind(st.word, f);
      return;
    }
    case statement::kind::assign: {
      ref v = eval(st.value, into);
      if (!st.op.empty()) {
        const expr& target = st.targets.front();
        if (!target.is(expr::kind::name)) return;
        const ref old = into.find(target.text);
        expr op;
        op.what = expr::kind::binary;
        op.text = st.op;
        op.span = st.span;
        v = old ? arithmetic(op, old, v, &file)
                : unknown(fmt::format("name '{}' is not defined", target.text), &file, target.span);
        bind(target.text, v);
        return;
      }
      for (const expr& target : st.targets) {
        if (target.is(expr::kind::name)) {
          bind(target.text, v);
        } else if (cls && target.is(expr::kind::attribute) &&
                   target.items.front().is(expr::kind::name)) {
          // `method.queryset_only = True` in a QuerySet class: an attribute of that function,
          // kept under its dotted name (not a class attribute of its own, so not in `order`).
          into.names[fmt::format("{}.{}", target.items.front().text, target.text)] = v;
        } else if (target.is(expr::kind::tuple) || target.is(expr::kind::list)) {
          for (std::size_t k = 0; k < target.items.size(); ++k) {
            if (!target.items[k].is(expr::kind::name)) continue;
            const bool known =
                v->what == object::kind::sequence && v->items.size() == target.items.size();
            bind(target.items[k].text,
                 known ? v->items[k]
                       : unknown("a value unpacked from an expression sqlweave does not evaluate",
                                 &file, target.items[k].span));
          }
        }
      }
      return;
    }
    case statement::kind::compound: break;
    case statement::kind::return_value:
      if (frame_)
        frame_->result =
            b.head.text == "return" ? constant(sqlweave::value()) : eval(st.value, into);
      return;
    case statement::kind::other:
      if (!frame_ && st.value.is(expr::kind::call)) note_app_prefix(st.value, into);
      return;
  }
  // In a function, a statement the reader would only guess at makes the result unknown.
  auto give_up = [&](std::string reason, source_span at) {
    frame_->result = unknown(
        fmt::format("function {}() does what sqlweave does not run: {}", frame_->name, reason),
        &file, at);
  };
  if (frame_ && st.word != "if" && st.word != "with") {
    give_up(fmt::format("a '{}' statement", st.word), st.span);
    return;
  }
  // Compound statements: the branch Python would take, when that can be told.
  if (st.word == "if") {
    std::size_t chain_end = index;
    while (chain_end < siblings.size()) {
      const std::string_view head = siblings[chain_end].head.text;
      if (!(head.starts_with("elif") || head.starts_with("else"))) break;
      ++chain_end;
    }
    std::vector<const python::block*> branches{&b};
    for (std::size_t k = index; k < chain_end; ++k) branches.push_back(&siblings[k]);
    index = chain_end;
    for (const python::block* branch : branches) {
      auto head = std::make_unique<statement>();
      try {
        *head = python::parse_statement(parse_state(file.text), branch->head);
      } catch (const error& e) {
        throw file_error{e, &file};
      }
      const statement& h = *head;
      statements_.push_back(std::move(head));
      if (h.word == "else") {
        run(branch->body, into, cls);
        return;
      }
      bool known = false;
      const ref condition = eval(h.value, into);
      const bool taken = truthy(*condition, known);
      if (!known && frame_) {
        give_up(condition->what == object::kind::unknown ? condition->path
                                                         : "a condition it cannot tell",
                h.value.span);
        return;
      }
      if (!known) {
        warn(file, h.value.span,
             fmt::format(
                 "cannot tell whether this condition holds ({}); reading its branch",
                 condition->what == object::kind::unknown ? condition->path : "not a constant"));
        run(branch->body, into, cls);
        return;
      }
      if (taken) {
        run(branch->body, into, cls);
        return;
      }
    }
    return;
  }
  if (st.word == "try") {
    // The try body is assumed to succeed: its except handlers are skipped, else and finally run.
    run(b.body, into, cls);
    while (index < siblings.size()) {
      const std::string_view head = siblings[index].head.text;
      if (head.starts_with("except")) {
        ++index;
      } else if (head.starts_with("else") || head.starts_with("finally")) {
        run(siblings[index++].body, into, cls);
      } else {
        break;
      }
    }
    return;
  }
  if (st.word == "with") {
    run(b.body, into, cls);
    return;
  }
  // for, while, async: not run. Say so when they would define something.
  for (const auto& inner : b.body) {
    const std::string_view head = inner.head.text;
    if (head.starts_with("class ") || head.find('=') != std::string_view::npos) {
      warn(file, st.span, fmt::format("the body of this '{}' statement is not read", st.word));
      break;
    }
  }
}

void interpreter::define_class(const python::block& b, const statement& st, scope& into) {
  auto owned = std::make_unique<py_class>();
  py_class& cls = *owned;
  classes_.push_back(std::move(owned));
  cls.name = std::string(st.word);
  cls.module = into.file->module;
  cls.file = into.file;
  cls.span = st.name_span;
  cls.header = &st;
  for (const auto& base : st.bases.items) {
    // six's with_metaclass(Meta, Base) stands for Base with a metaclass, which adds no field.
    const bool with_metaclass =
        base.is(expr::kind::call) && base.items.size() == 3 && base.keywords.empty() &&
        (base.items[0].is(expr::kind::name) || base.items[0].is(expr::kind::attribute)) &&
        base.items[0].text == "with_metaclass";
    // A subscripted generic base (`Manager[T]`, `Generic[T]`) stands for its class: Python's
    // __mro_entries__ of the alias gives the class itself (PEP 560).
    const bool generic = base.is(expr::kind::subscript);
    cls.bases.push_back(
        eval(with_metaclass ? base.items[2] : (generic ? base.items[0] : base), into));
  }
  cls.body.file = into.file;
  cls.body.enclosing = into.enclosing ? into.enclosing : &into;  // class bodies do not nest
  cls.mro = linearize(cls);
  run(b.body, cls.body, &cls);
  cls.counter = ++counter_;
  auto o = std::make_shared<object>();
  o->what = object::kind::klass;
  o->cls = &cls;
  o->file = into.file;
  o->span = st.name_span;
  into.names[cls.name] = o;
  if (options_.on_class) options_.on_class(cls);
}

// ---------------------------------------------------------------- expressions

ref interpreter::class_attribute(const py_class& cls, std::string_view name) const {
  for (const py_class* c : cls.mro)
    if (auto it = c->body.names.find(name); it != c->body.names.end()) return it->second;
  return nullptr;
}

ref interpreter::attribute(const ref& of, std::string_view name, const source_file* file,
                           source_span at) {
  switch (of->what) {
    case object::kind::unknown: return of;
    case object::kind::named: return outside_name(of->path + "." + std::string(name));
    case object::kind::settings: {
      if (ref v = setting(name)) return v;
      return unknown(fmt::format("settings.{0} is not set: pass --setting {0}=VALUE", name), file,
                     at);
    }
    case object::kind::module: {
      const std::string full = of->path + "." + std::string(name);
      if (options_.find_module(of->path)) {
        const scope& s = import_module(of->path, file, at);
        if (ref v = s.find(name)) return v;
        if (ref v = setting(full)) return v;
        // A module's own __getattr__ (PEP 562) answers for the names it does not bind.
        if (ref hook = s.find("__getattr__"); hook && hook->what == object::kind::function) {
          const ref v =
              call_function(*hook, {constant(sqlweave::value(std::string(name)))}, {}, file, at);
          if (v->what != object::kind::unknown) return v;
          return unknown(fmt::format("module '{}' has no attribute '{}' and its __getattr__ "
                                     "cannot be evaluated ({}): pass --setting {}=VALUE",
                                     of->path, name, v->path, full),
                         file, at);
        }
        // `from outside import *` in that module: the name may come from there.
        if (!s.star_modules.empty() && !options_.find_module(full))
          return outside_name(s.star_modules.front() + "." + std::string(name));
      }
      if (options_.find_module(full)) {
        import_module(full, file, at);
        auto o = std::make_shared<object>();
        o->what = object::kind::module;
        o->path = full;
        return o;
      }
      return unknown(fmt::format("module '{}' has no attribute '{}'", of->path, name), file, at);
    }
    case object::kind::klass: {
      if (ref v = class_attribute(*of->cls, name)) {
        // A member of TextChoices/IntegerChoices is its value: `ACTIVE = "a", _("Active")`.
        if (v->what == object::kind::sequence && v->items.size() >= 2 && is_choices(*of->cls))
          return v->items.front();
        return v;
      }
      // QuerySet.as_manager() and Manager.from_queryset(QS), inherited from Django: kept with
      // the class they are called on, which the models reader takes the methods of.
      if (name == "as_manager" || name == "from_queryset") {
        auto o = std::make_shared<object>(*named(fmt::format(
            "django.db.models.{}.{}", name == "as_manager" ? "QuerySet" : "Manager", name)));
        o->cls = of->cls;
        return o;
      }
      return unknown(
          fmt::format("class {} has no attribute '{}' that sqlweave can read", of->cls->name, name),
          file, at);
    }
    case object::kind::instance:
      // An instance of a class of the trees whose attributes Python computes (mezzanine's
      // `settings = Settings()` with a __getattr__): --setting names it by its class.
      if (of->callee && of->callee->what == object::kind::klass) {
        const py_class& cls = *of->callee->cls;
        const std::string full = fmt::format("{}.{}.{}", cls.module, cls.name, name);
        if (ref v = setting(full)) return v;
        return unknown(fmt::format("attribute '{}' of a {}.{} instance is not evaluated: pass "
                                   "--setting {}=VALUE",
                                   name, cls.module, cls.name, full),
                       file, at);
      }
      return unknown(fmt::format("attribute '{}' of a value sqlweave does not evaluate", name),
                     file, at);
    default:
      return unknown(fmt::format("attribute '{}' of a value sqlweave does not evaluate", name),
                     file, at);
  }
}

ref interpreter::eval(const expr& e, const scope& in) {
  const source_file* file = in.file;
  switch (e.what) {
    case expr::kind::literal: {
      auto o = std::make_shared<object>();
      o->what = object::kind::constant;
      o->val = e.val;
      o->file = file;
      o->span = e.span;
      return o;
    }
    case expr::kind::name: {
      if (ref v = in.find(e.text)) return v;
      for (auto b : builtin_names)
        if (b == e.text) return named("builtins." + std::string(b));
      // A lone models.py often leaves out its imports: `models` is Django's.
      if (e.text == "models") return named("django.db.models");
      for (const scope* s = &in; s; s = s->enclosing)
        if (!s->star_modules.empty())
          return outside_name(s->star_modules.front() + "." + std::string(e.text));
      return unknown(fmt::format("name '{}' is not defined", e.text), file, e.span);
    }
    case expr::kind::attribute: return attribute(eval(e.items.front(), in), e.text, file, e.span);
    case expr::kind::call: return call(e, in);
    case expr::kind::subscript: {
      const ref of = eval(e.items[0], in);
      const ref key = eval(e.items[1], in);
      if (of->what == object::kind::sequence && is_int(key)) {
        auto i = key->val.as_int();
        const auto n = static_cast<std::int64_t>(of->items.size());
        if (i < 0) i += n;
        if (i >= 0 && i < n) return of->items[static_cast<std::size_t>(i)];
      }
      return unknown("a subscript sqlweave does not evaluate", file, e.span);
    }
    case expr::kind::tuple:
    case expr::kind::list: {
      auto o = std::make_shared<object>();
      o->what = object::kind::sequence;
      o->span = e.span;
      o->file = file;
      for (const auto& item : e.items) {
        if (!item.is(expr::kind::starred)) {
          o->items.push_back(eval(item, in));
          continue;
        }
        const ref inner = eval(item.items.front(), in);
        if (inner->what != object::kind::sequence)
          return unknown("a starred value sqlweave does not evaluate", file, item.span);
        o->items.insert(o->items.end(), inner->items.begin(), inner->items.end());
      }
      return o;
    }
    case expr::kind::unary: {
      const ref v = eval(e.items.front(), in);
      if (e.text == "+" && is_number(v)) return v;
      if (e.text == "-" && is_int(v) && v->val.as_int() != std::numeric_limits<std::int64_t>::min())
        return constant(sqlweave::value(-v->val.as_int()));
      if (e.text == "-" && is_number(v)) return constant(sqlweave::value(-real_of(v)));
      if (e.text == "~" && is_int(v)) return constant(sqlweave::value(~v->val.as_int()));
      if (e.text == "~" && v->what == object::kind::instance) return source_only(file, e.span);
      if (e.text == "not") {
        bool known = false;
        const bool t = truthy(*v, known);
        if (known) return constant(sqlweave::value(!t));
        if (v->what != object::kind::unknown)
          return unknown("cannot tell whether the operand of 'not' is true", file, e.span);
      }
      return v->what == object::kind::unknown
                 ? v
                 : unknown(fmt::format("'{}' of a value that is not a number", e.text), file,
                           e.span);
    }
    case expr::kind::binary: return arithmetic(e, eval(e.items[0], in), eval(e.items[1], in), file);
    case expr::kind::boolean: {
      // `a or b` is a when a is true, else b; `a and b` is a when a is false, else b.
      const ref a = eval(e.items[0], in);
      bool known = false;
      const bool t = truthy(*a, known);
      if (!known)
        return a->what == object::kind::unknown
                   ? a
                   : unknown(
                         fmt::format("cannot tell whether the left side of '{}' is true", e.text),
                         file, e.items[0].span);
      return t == (e.text == "or") ? a : eval(e.items[1], in);
    }
    case expr::kind::conditional: {
      const ref condition = eval(e.items[1], in);
      bool known = false;
      const bool t = truthy(*condition, known);
      if (!known)
        return condition->what == object::kind::unknown
                   ? condition
                   : unknown("cannot tell whether the condition of this 'if' expression holds",
                             file, e.items[1].span);
      return eval(e.items[t ? 0 : 2], in);
    }
    case expr::kind::starred:
    case expr::kind::opaque: break;
  }
  return unknown("an expression sqlweave does not evaluate", file, e.span);
}

ref interpreter::arithmetic(const expr& e, const ref& a, const ref& b, const source_file* file) {
  if (a->what == object::kind::unknown) return a;
  if (b->what == object::kind::unknown) return b;
  const std::string_view op = e.text;
  if (op.starts_with("is")) {  // identity, as far as it is knowable: None, True, False
    const bool a_single =
        a->what == object::kind::constant &&
        (a->val.kind() == value_kind::null || a->val.kind() == value_kind::boolean);
    const bool b_single =
        b->what == object::kind::constant &&
        (b->val.kind() == value_kind::null || b->val.kind() == value_kind::boolean);
    const bool other = [](const ref& o) {  // a number, a text, a class, ... is no singleton
      return o->what == object::kind::constant || o->what == object::kind::klass ||
             o->what == object::kind::module || o->what == object::kind::function ||
             o->what == object::kind::sequence;
    }(a_single ? b : a);
    if (!(a_single && b_single) && !((a_single || b_single) && other))
      return unknown("an identity test sqlweave does not evaluate", file, e.span);
    const bool same = a_single && b_single && a->val.kind() == b->val.kind() &&
                      (a->val.kind() == value_kind::null || a->val.as_bool() == b->val.as_bool());
    return constant(sqlweave::value(op == "is" ? same : !same));
  }
  if (op == "in" || op.starts_with("not")) {  // membership in a tuple or list of constants
    if (b->what != object::kind::sequence)
      return unknown("a membership test sqlweave does not evaluate", file, e.span);
    bool found = false;
    for (const ref& item : b->items) {
      const auto c = three_way(a, item);
      if (!c) return unknown("a membership test sqlweave does not evaluate", file, e.span);
      found = found || *c == 0;
    }
    return constant(sqlweave::value(op == "in" ? found : !found));
  }
  if (op == "<" || op == "<=" || op == ">" || op == ">=" || op == "==" || op == "!=") {
    const auto c = three_way(a, b);
    if (!c) {
      // Name the operand that only Python knows: `os.environ.get(...) == "x"`.
      const ref& opaque = outside_result(a) ? a : b;
      return unknown(outside_result(opaque)
                         ? fmt::format("a comparison of what {}() returns, which only Python "
                                       "runs",
                                       opaque->callee->path)
                         : std::string("a comparison sqlweave does not evaluate"),
                     file, e.span);
    }
    const bool r = op == "<"    ? *c < 0
                   : op == "<=" ? *c <= 0
                   : op == ">"  ? *c > 0
                   : op == ">=" ? *c >= 0
                   : op == "==" ? *c == 0
                                : *c != 0;
    return constant(sqlweave::value(r));
  }
  if (is_int(a) && is_int(b)) {
    const std::int64_t x = a->val.as_int(), y = b->val.as_int();
    std::int64_t r = 0;
    bool ok = true;
    if (op == "+")
      ok = !__builtin_add_overflow(x, y, &r);
    else if (op == "-")
      ok = !__builtin_sub_overflow(x, y, &r);
    else if (op == "*")
      ok = !__builtin_mul_overflow(x, y, &r);
    else if (op == "//" || op == "%") {
      ok = y != 0 && !(x == std::numeric_limits<std::int64_t>::min() && y == -1);
      if (ok) {
        std::int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) {  // Python floors
          --q;
          m += y;
        }
        r = op == "//" ? q : m;
      }
    } else if (op == "/") {
      if (y == 0) return unknown("division by zero", file, e.span);
      return constant(sqlweave::value(static_cast<double>(x) / static_cast<double>(y)));
    } else if (op == "**") {
      ok = y >= 0;
      r = 1;
      for (std::int64_t k = 0; ok && k < y; ++k) ok = !__builtin_mul_overflow(r, x, &r);
    } else if (op == "|")
      r = x | y;
    else if (op == "&")
      r = x & y;
    else if (op == "^")
      r = x ^ y;
    else if (op == "<<") {
      ok = y >= 0 && y < 63 && !__builtin_mul_overflow(x, std::int64_t{1} << y, &r);
    } else if (op == ">>") {
      ok = y >= 0;
      r = y >= 63 ? (x < 0 ? -1 : 0) : x >> y;
    } else
      ok = false;
    if (ok) return constant(sqlweave::value(r));
    return unknown("integer arithmetic sqlweave does not evaluate (overflow or bad operand)", file,
                   e.span);
  }
  if (is_number(a) && is_number(b)) {
    const double x = real_of(a), y = real_of(b);
    if (op == "+") return constant(sqlweave::value(x + y));
    if (op == "-") return constant(sqlweave::value(x - y));
    if (op == "*") return constant(sqlweave::value(x * y));
    if (op == "/" && y != 0) return constant(sqlweave::value(x / y));
    if (op == "**") return constant(sqlweave::value(std::pow(x, y)));
  }
  if (is_text(a) && is_text(b) && op == "+")
    return constant(sqlweave::value(a->val.as_text() + b->val.as_text()));
  if (is_text(a) && is_int(b) && op == "*" && b->val.as_int() >= 0 && b->val.as_int() < 4096) {
    std::string out;
    for (std::int64_t k = 0; k < b->val.as_int(); ++k) out += a->val.as_text();
    return constant(sqlweave::value(std::move(out)));
  }
  if (a->what == object::kind::sequence && b->what == object::kind::sequence && op == "+") {
    auto o = std::make_shared<object>(*a);
    o->items.insert(o->items.end(), b->items.begin(), b->items.end());
    return o;
  }
  return source_only(file, e.span);
}

ref interpreter::call(const expr& e, const scope& in) {
  const source_file* file = in.file;
  // F("x").asc(nulls_last=True), Lower("x").desc(): an expression ordered, kept as the call it
  // is (Meta.ordering reads its source), where an attribute of an instance is otherwise unknown.
  if (const expr& f = e.items.front();
      f.is(expr::kind::attribute) && (f.text == "asc" || f.text == "desc")) {
    const ref of = eval(f.items.front(), in);
    if (of->what == object::kind::instance) return made_by(of, e, in);
  }
  const ref callee = eval(e.items.front(), in);
  if (callee->what == object::kind::unknown) return callee;
  auto arg = [&](std::size_t i) { return eval(e.items[i], in); };
  const std::size_t argc = e.items.size() - 1;
  if (callee->what == object::kind::named) {
    const std::string& p = callee->path;
    if (p == "builtins.getattr" && (argc == 2 || argc == 3)) {
      const ref of = arg(1);
      const ref name = arg(2);
      if (is_text(name) && of->what == object::kind::settings) {
        if (ref v = setting(name->val.as_text())) return v;
        if (argc == 3) return arg(3);
      }
      if (is_text(name) && of->what == object::kind::klass)
        if (ref v = class_attribute(*of->cls, name->val.as_text())) return v;
      if (argc == 3 && is_text(name) && of->what != object::kind::unknown) return arg(3);
      return unknown("a getattr() sqlweave does not evaluate", file, e.span);
    }
    if (p == "builtins.len" && argc == 1) {
      const ref v = arg(1);
      if (v->what == object::kind::sequence)
        return constant(sqlweave::value(static_cast<std::int64_t>(v->items.size())));
      if (is_text(v)) {
        const std::string& t = v->val.as_text();
        return constant(
            sqlweave::value(static_cast<std::int64_t>(std::count_if(t.begin(), t.end(), [](char c) {
              return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
            }))));
      }
    }
    if ((p == "builtins.max" || p == "builtins.min") && argc >= 1) {
      std::vector<ref> values;
      if (argc == 1 && arg(1)->what == object::kind::sequence)
        values = arg(1)->items;
      else
        for (std::size_t i = 1; i <= argc; ++i) values.push_back(arg(i));
      if (!values.empty() && std::all_of(values.begin(), values.end(), is_int)) {
        auto best = values.front()->val.as_int();
        for (const auto& v : values)
          best = p == "builtins.max" ? std::max(best, v->val.as_int())
                                     : std::min(best, v->val.as_int());
        return constant(sqlweave::value(best));
      }
    }
    if (p == "builtins.int" && argc == 1) {
      const ref v = arg(1);
      if (is_int(v)) return v;
      if (is_number(v)) return constant(sqlweave::value(static_cast<std::int64_t>(real_of(v))));
    }
    if (p == "builtins.str" && argc == 1 && is_text(arg(1))) return arg(1);
    if (p == "django.contrib.auth.get_user_model" && argc == 0) return setting("AUTH_USER_MODEL");
    // The swapper package (swappable models of reusable apps): swappable_setting("app", "Model")
    // is the setting APP_MODEL_MODEL, get_model_name() its value or "app.Model" while unset;
    // a prefix set_app_prefix("app", "prefix") ran before replaces APP (PREFIX_MODEL_MODEL);
    // is_swapped() is that setting's value when it names another model, else False.
    if ((p == "swapper.swappable_setting" || p == "swapper.get_model_name" ||
         p == "swapper.is_swapped") &&
        argc == 2 && is_text(arg(1)) && is_text(arg(2))) {
      const std::string app = arg(1)->val.as_text();
      const std::string model = arg(2)->val.as_text();
      const auto prefix = app_prefixes_.find(app);
      std::string name =
          (prefix == app_prefixes_.end() ? app : prefix->second) + "_" + model + "_MODEL";
      std::transform(name.begin(), name.end(), name.begin(),
                     [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
      if (p == "swapper.swappable_setting") return constant(sqlweave::value(std::move(name)));
      const ref v = setting(name);
      if (p == "swapper.get_model_name")
        return v ? v : constant(sqlweave::value(app + "." + model));
      if (v && !(is_text(v) && v->val.as_text() == app + "." + model)) return v;
      return constant(sqlweave::value(false));
    }
  }
  if (callee->what == object::kind::function) {
    std::vector<ref> args;
    std::vector<std::pair<std::string_view, ref>> keywords;
    for (std::size_t i = 1; i <= argc; ++i) {
      if (e.items[i].is(expr::kind::starred))
        return unknown("a call with *arguments sqlweave does not evaluate", file, e.span);
      args.push_back(arg(i));
    }
    for (const auto& kw : e.keywords) {
      if (kw.name.empty())
        return unknown("a call with **arguments sqlweave does not evaluate", file, e.span);
      keywords.emplace_back(kw.name, eval(kw.value, in));
    }
    return call_function(*callee, args, keywords, file, e.span);
  }
  return made_by(callee, e, in);
}

ref interpreter::made_by(const ref& callee, const expr& e, const scope& in) {
  auto o = std::make_shared<object>();
  o->what = object::kind::instance;
  o->callee = callee;
  o->call = &e;
  o->where = &in;
  o->counter = ++counter_;
  o->file = in.file;
  o->span = e.span;
  return o;
}

ref interpreter::call_function(const object& f, const std::vector<ref>& args,
                               const std::vector<std::pair<std::string_view, ref>>& keywords,
                               const source_file* file, source_span at) {
  // Deep enough for helpers calling helpers; recursion stops here rather than in the stack.
  constexpr std::size_t max_call_depth = 32;
  const source_file& home = *f.file;
  const std::string_view name = python::text_of(parse_state(home.text), f.span);
  if (call_depth_ >= max_call_depth || !f.where)
    return unknown(fmt::format("calls of {}() nest deeper than sqlweave follows", name), file, at);
  parameters_.push_back(std::make_unique<std::vector<python::parameter>>(
      python::parameters_of(parse_state(home.text), f.body->head)));
  const auto& params = *parameters_.back();
  locals_.push_back(std::make_unique<scope>());
  scope& locals = *locals_.back();
  locals.file = &home;
  locals.enclosing = f.where;
  std::size_t positional = 0;
  for (const auto& p : params) {
    if (p.stars > 0) {  // *args, **kwargs: what they hold is not followed
      locals.names[std::string(p.name)] =
          unknown(fmt::format("the {} of {}() are not followed", p.name, name), &home, f.span);
      continue;
    }
    ref v;
    if (positional < args.size()) v = args[positional++];
    for (const auto& [k, value] : keywords)
      if (k == p.name) v = value;
    if (!v && p.has_default) v = eval(p.default_value, *f.where);
    if (!v)
      return unknown(fmt::format("{}() is called without its argument '{}'", name, p.name), file,
                     at);
    locals.names[std::string(p.name)] = v;
  }
  frame call{std::string(name), nullptr};
  frame* const outer = frame_;
  frame_ = &call;
  ++call_depth_;
  run(f.body->body, locals, nullptr);
  --call_depth_;
  frame_ = outer;
  return call.result ? call.result : constant(sqlweave::value());  // no return: None
}

}  // namespace sqlweave::grammar
