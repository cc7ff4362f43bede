// SPDX-License-Identifier: MIT
// Running the module-level Python of a models.py tree, as far as a schema needs it: imports
// (followed into the trees, or kept as the name of a Django or third-party object), constants
// and their arithmetic, classes with their bases, bodies and methods, and calls kept as
// unevaluated instances. Evaluation never fails where Python would not: what cannot be known
// becomes `unknown` with the reason and the place, and only a use that changes SQL turns that
// into an error (models.cpp).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/python.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave::grammar {

/// One Python file: its module name, its path for messages, its text.
struct source_file {
  std::string module;  // "shop.models"
  std::string path;
  std::string text;
  bool package = false;  // an __init__.py: relative imports start from the module itself
};

/// An error inside a file that is being read; schema loading turns it into source_error.
struct file_error {
  sqlweave::error err;
  const source_file* file;
  std::shared_ptr<const source_file> keep{};  // owns `file` when it was made for one read only
};
[[noreturn]] void fail_in(const source_file& file, source_span span, error_code code,
                          std::string message);
/// `path:line:column` of `span` in `file`, as warnings name a place.
std::string position_of(const source_file& file, source_span span);

struct object;
using ref = std::shared_ptr<const object>;
struct py_class;
struct scope;

/// A Python value as far as it is known.
struct object {
  enum class kind : std::uint8_t {
    constant,  // val: int, float, str, bool, None
    sequence,  // items: a tuple or a list
    module,    // path: a module of the trees
    named,     // path: something outside the trees, by where it comes from:
               // "django.db.models.CharField", "builtins.len", "taggit.managers.TaggableManager"
    settings,  // django.conf.settings
    klass,     // cls: a class of the trees
    instance,  // callee(...) at `call` in `where`; counter orders field and manager creation
    function,  // a def: body, run in the scope `where` (its module's)
    unknown,   // reason, at span in file
  };
  kind what = kind::unknown;
  sqlweave::value val{};
  std::vector<ref> items{};
  std::string path{};  // module, named; unknown: the reason
  py_class* cls = nullptr;
  ref callee{};
  const python::expr* call = nullptr;
  const scope* where = nullptr;
  const python::block* body = nullptr;
  std::uint64_t counter = 0;
  const source_file* file = nullptr;
  source_span span{};
};

/// Names bound in a module or a class body; lookups fall back to the enclosing scope.
struct scope {
  const source_file* file = nullptr;
  name_map<ref> names{};
  const scope* enclosing = nullptr;
  std::vector<std::string> star_modules{};  // `from outside import *`: names may come from there
  ref find(std::string_view name) const;
};

/// A class statement, executed.
struct py_class {
  std::string name;
  std::string module;
  const source_file* file = nullptr;
  source_span span{};                 // its name in the class statement
  const python::statement* header{};  // bases and keywords
  std::vector<ref> bases{};
  scope body{};
  std::vector<std::string> order{};  // attribute names in the order they were bound
  std::vector<py_class*> mro{};      // this class first, then the classes of the trees
  std::uint64_t counter = 0;
};

/// What the reader is given besides the files: settings, field mappings, warnings.
struct reader_options {
  const models_options* load = nullptr;
  std::vector<std::string>* warnings = nullptr;
  /// The source of a module of the trees (or of the built-in contrib apps), or null.
  std::function<const source_file*(std::string_view dotted)> find_module;
  /// Called as each class statement completes, in execution order.
  std::function<void(py_class&)> on_class;
  /// settings.INSTALLED_APPS unless --setting gives it: the packages of the loaded apps.
  std::vector<std::string> installed_apps;
};

/// Whether a class is built on TextChoices, IntegerChoices or Choices.
bool is_choices(const py_class& cls);

class interpreter {
 public:
  explicit interpreter(reader_options options);
  ~interpreter();
  interpreter(const interpreter&) = delete;
  interpreter& operator=(const interpreter&) = delete;

  /// Runs a module of the trees once (a second import returns the same scope). Throws
  /// file_error for an import cycle, with the span of the import in `from`.
  const scope& import_module(std::string_view dotted, const source_file* from, source_span at);

  ref eval(const python::expr& e, const scope& in);
  /// An attribute of an object: class attributes through the MRO, module members.
  ref attribute(const ref& of, std::string_view name, const source_file* file, source_span at);
  /// A class attribute through the MRO, or null.
  ref class_attribute(const py_class& cls, std::string_view name) const;
  /// The value of a setting: --setting, else Django's default, else null.
  ref setting(std::string_view name) const;
  /// What an instance of a class of the trees calls when called: its __call__ passing the call
  /// on to `self.<attr>(...)` (set in __init__ from the argument the instance was made with) or
  /// to a callable named outside the trees. Null when that cannot be told.
  ref call_target(const object& instance);

  /// Makes `unknown` objects.
  static ref unknown(std::string reason, const source_file* file, source_span span);
  static ref named(std::string path);
  /// A name from outside the trees (`from pkg.conf import LIMIT`, `pkg.conf.LIMIT`): the value
  /// `--setting pkg.conf.LIMIT=VALUE` gives it, else named(path).
  ref outside_name(std::string path) const;
  /// `Q(...) | Q(...)`, `~Q(...)` and the like: a value only its source text describes.
  static ref source_only(const source_file* file, source_span span);

  const models_options& options() const { return *options_.load; }
  void warn(const source_file& file, source_span span, std::string_view message) const;

 private:
  struct module_state;
  void run(const std::vector<python::block>& blocks, scope& into, py_class* cls);
  void run_block(const python::block& b, const std::vector<python::block>& siblings,
                 std::size_t& index, scope& into, py_class* cls);
  void define_class(const python::block& b, const python::statement& st, scope& into);
  void import_names(const python::statement& st, scope& into);
  void import_from(const python::statement& st, scope& into);
  ref call(const python::expr& e, const scope& in);
  /// What `callee(...)` at `e` in `in` makes: an instance kept with its call.
  ref made_by(const ref& callee, const python::expr& e, const scope& in);
  /// A def of the trees run with its arguments: what its `return` gives, or unknown where the
  /// body does what the reader does not run (a loop, a try, a branch it cannot tell).
  ref call_function(const object& f, const std::vector<ref>& args,
                    const std::vector<std::pair<std::string_view, ref>>& keywords,
                    const source_file* file, source_span at);
  ref arithmetic(const python::expr& e, const ref& a, const ref& b, const source_file* file);
  ref attribute_set_in_init(const py_class& cls, std::string_view name, const object& instance);
  std::string absolute_module(const python::statement& st, const source_file& file) const;
  bool initializing(std::string_view dotted) const;  // imported and still running
  void note_app_prefix(const python::expr& call, const scope& in);

  reader_options options_;
  std::vector<std::unique_ptr<module_state>> modules_;
  std::vector<std::unique_ptr<py_class>> classes_;
  std::vector<std::unique_ptr<python::statement>> statements_;
  struct frame {  // a function being called
    std::string name;
    ref result;  // set by `return`; then the body stops
  };
  frame* frame_ = nullptr;
  std::size_t call_depth_ = 0;
  std::vector<std::unique_ptr<scope>> locals_;  // the calls' scopes, which results point into
  std::vector<std::unique_ptr<std::vector<python::parameter>>> parameters_;
  std::uint64_t counter_ = 0;
  std::map<std::string, std::string> app_prefixes_;  // swapper.set_app_prefix(app, prefix)
};

}  // namespace sqlweave::grammar
