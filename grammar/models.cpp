// SPDX-License-Identifier: MIT
// Django's ModelBase as it shapes tables: a class is a model when a base is; fields are the
// calls of field classes in its body and in the bodies of its abstract bases (Python's MRO),
// ordered as Django orders them (by creation); `name = None` removes an inherited field; Meta
// is the class's own or the first abstract base's, `class Meta(Base.Meta)` inherits through
// Python; a concrete base makes a `<parent>_ptr` one-to-one key; Meta.proxy shares the base's
// table. Every argument that changes SQL is evaluated or is an error at its place.
#include "grammar/models.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>

#include "catalog/on_delete.hpp"
#include "contrib/contrib.hpp"
#include "contrib/postgres.hpp"
#include "grammar/manager_reader.hpp"
#include "grammar/model_constants.hpp"
#include "grammar/ordering_reader.hpp"
#include "sqlweave/parse.hpp"
#include "support/ascii.hpp"
#include "support/errors.hpp"

namespace sqlweave::grammar {
namespace {

using python::expr;

std::string_view last_part(std::string_view dotted) {
  const auto dot = dotted.rfind('.');
  return dot == std::string_view::npos ? dotted : dotted.substr(dot + 1);
}

bool is_django_models(std::string_view path) {
  return path.starts_with("django.db.models.");
}

// The field class a Django path names: one of django.db.models, or of django.contrib.postgres
// (fields, and search's SearchVectorField), whose deprecated JSONField is models.JSONField.
std::optional<field_type> django_field_type(std::string_view path) {
  const std::string_view name = last_part(path);
  const auto type = field_type_from_name(name);
  if (is_django_models(path)) return type && !postgres_only(*type) ? type : std::nullopt;
  const bool postgres = path.starts_with("django.contrib.postgres.fields.") ||
                        path == "django.contrib.postgres.search.SearchVectorField";
  if (!postgres || !type) return std::nullopt;
  if (*type == field_type::json_field || postgres_only(*type)) return type;
  return std::nullopt;
}

// Django's Meta options (Options.DEFAULT_NAMES of 3.2).
constexpr std::string_view meta_names[] = {"verbose_name",
                                           "verbose_name_plural",
                                           "db_table",
                                           "ordering",
                                           "unique_together",
                                           "permissions",
                                           "get_latest_by",
                                           "order_with_respect_to",
                                           "app_label",
                                           "db_tablespace",
                                           "abstract",
                                           "managed",
                                           "proxy",
                                           "swappable",
                                           "auto_created",
                                           "index_together",
                                           "apps",
                                           "default_permissions",
                                           "select_on_save",
                                           "default_related_name",
                                           "required_db_features",
                                           "required_db_vendor",
                                           "base_manager_name",
                                           "default_manager_name",
                                           "indexes",
                                           "constraints"};

// What a callee in a class body makes.
struct callee_kind {
  enum class what : std::uint8_t {
    field,
    manager,
    generic_relation,
    no_column,
    other
  } kind = what::other;
  field_type type = field_type::char_field;
  manager_classes manager;        // the manager's classes of the trees
  const expr* mapping = nullptr;  // --field-type: the Django call it stands for
  const scope* mapping_scope = nullptr;
  std::string external;  // a third-party class nothing maps
};

struct field_decl {
  std::string name;
  ref instance;
  callee_kind kind;
  std::uint64_t counter = 0;
  const py_class* owner = nullptr;
};

struct model_decl {
  py_class* cls = nullptr;
  bool abstract = false;
  bool proxy = false;
  std::string app_label;
  const py_class* meta = nullptr;        // own Meta, or the one inherited from an abstract base
  std::vector<field_decl> local_fields;  // declared in this class's body
  std::vector<field_decl> managers;      // declared in this class's body
  std::vector<field_decl> generic;       // GenericRelations declared in this class's body
  std::vector<std::string> removed;      // `name = None`
};

// `PickledField` in `models.PickledField`: what an error about a class name points at.
source_span name_span(const expr& e) {
  if (!e.is(expr::kind::attribute)) return e.span;
  const auto n = static_cast<std::uint32_t>(e.text.size());
  return {e.span.offset + e.span.length - n, n};
}

class model_reader {
 public:
  model_reader(const std::vector<app_entry>& apps,
               const std::function<const source_file*(std::string_view)>& find,
               const models_options& options, std::vector<std::string>& warnings)
      : apps_(apps),
        py_([&] {
          reader_options r;
          r.load = &options;
          r.warnings = &warnings;
          r.find_module = find;
          r.on_class = [this](py_class& c) { on_class(c); };
          for (const auto& app : apps)
            if (!app.package.empty()) r.installed_apps.push_back(app.package);
          return r;
        }()),
        options_(options) {
    read_mappings();
  }

  void run(schema& out) {
    for (const auto& app : apps_) py_.import_module(app.models_module, nullptr, {});
    settle_labels();
    schema read;
    for (model_decl* m : registered_) build(*m, read);
    add_used(read, out);
  }

  // The --field-type text `file` is, kept alive; null for a file of the trees.
  std::shared_ptr<const source_file> file_of_mapping(const source_file* file) const {
    for (const auto& f : mapping_files_)
      if (f.get() == file) return f;
    return nullptr;
  }

 private:
  // ---------------------------------------------------------------- classes

  void on_class(py_class& cls) {
    if (!is_model_class(cls)) return;
    auto decl = std::make_unique<model_decl>();
    model_decl& m = *decl;
    m.cls = &cls;
    decls_[&cls] = std::move(decl);
    if (auto own = cls.body.names.find("Meta");
        own != cls.body.names.end() && own->second->what == object::kind::klass) {
      m.meta = own->second->cls;
      check_meta(*m.meta);
      if (auto a = m.meta->body.names.find("abstract"); a != m.meta->body.names.end())
        m.abstract = flag(a->second, "Meta.abstract", *m.meta->file, m.meta->span);
    } else {
      for (const py_class* base : cls.mro)
        if (base != &cls && decl_of(base) && decl_of(base)->abstract && decl_of(base)->meta) {
          m.meta = decl_of(base)->meta;
          break;
        }
    }
    if (ref p = meta_attribute(m, "proxy")) m.proxy = flag(p, "Meta.proxy", *cls.file, cls.span);
    for (const auto& name : cls.order) {
      const ref v = cls.body.names.at(name);
      if (v->what == object::kind::constant && v->val.is_null()) {
        m.removed.push_back(name);
        continue;
      }
      if (v->what != object::kind::instance || !v->callee) continue;
      callee_kind k = classify(v->callee, v->file, name_span(v->call->items.front()));
      field_decl d{name, v, k, v->counter, &cls};
      if (k.kind == callee_kind::what::field || k.kind == callee_kind::what::generic_relation)
        warn_contribute_to_class(*v, name, cls);
      if (k.kind == callee_kind::what::field) {
        m.local_fields.push_back(std::move(d));
      } else if (k.kind == callee_kind::what::manager) {
        m.managers.push_back(std::move(d));
      } else if (k.kind == callee_kind::what::generic_relation) {
        m.generic.push_back(std::move(d));
      } else if (!k.external.empty()) {
        py_.warn(*v->file, v->call->items.front().span,
                 fmt::format("'{}' on {} is a {} sqlweave cannot read and defines no column it "
                             "knows of; if it is a field, map it with --field-type {}=<Django "
                             "field call>",
                             name, cls.name, k.external, k.external));
      }
    }
    if (m.proxy && !m.local_fields.empty())
      fail_in(*cls.file, m.local_fields.front().instance->span, error_code::bad_schema,
              fmt::format("proxy model {} declares a field", cls.name));
    m.app_label = app_label_of(m);
    if (!m.abstract && !swapped(m)) registered_.push_back(&m);
  }

  // A field class of the trees whose contribute_to_class() is its own may add columns or
  // fields to the model (mezzanine's KeywordsField adds `keywords_string`): Python sqlweave
  // does not run, so the schema would lack them without a word.
  void warn_contribute_to_class(const object& v, const std::string& name, const py_class& cls) {
    if (v.callee->what != object::kind::klass) return;
    for (const py_class* c : v.callee->cls->mro)
      if (c->body.names.count("contribute_to_class")) {
        py_.warn(*v.file, v.call->items.front().span,
                 fmt::format("'{}' on {}: {}.contribute_to_class() is not run, so any field it "
                             "adds to the model is not in the schema",
                             name, cls.name, c->name));
        return;
      }
  }

  // Meta.swappable = "AUTH_USER_MODEL": the model is installed only while the setting names it.
  bool swapped(const model_decl& m) {
    const ref v = meta_attribute(m, "swappable");
    if (!v) return false;
    // A setting name computed outside the trees (swapper.swappable_setting(...)) cannot be
    // given with --setting; it only decides whether the model is installed, never its table,
    // so the model stays as Django keeps it while the setting is unset.
    if (v->what == object::kind::instance || v->what == object::kind::unknown) {
      const bool located = v->file && !v->span.empty();
      const std::string why = v->what == object::kind::unknown ? v->path
                              : v->callee && v->callee->what == object::kind::named
                                  ? "a call of " + v->callee->path
                                  : std::string("a call sqlweave does not run");
      py_.warn(located ? *v->file : *m.meta->file, located ? v->span : m.meta->span,
               fmt::format("Meta.swappable of {} cannot be evaluated ({}); keeping the model "
                           "installed, as Django does while the setting is unset",
                           m.cls->name, why));
      return false;
    }
    const std::string setting = text(v, "Meta.swappable", *m.cls->file, m.cls->span);
    const ref chosen = py_.setting(setting);
    // Django swaps a model out only when the setting is set (Options.swapped): unset keeps it.
    if (!chosen) return false;
    if (chosen->what != object::kind::constant || chosen->val.kind() != value_kind::text)
      fail_in(*m.cls->file, m.cls->span, error_code::bad_schema,
              fmt::format("Meta.swappable names the setting {}, whose value is not an "
                          "'app.Model' text; give it with --setting {}=app.Model",
                          setting, setting));
    return ascii_lower(chosen->val.as_text()) != ascii_lower(m.app_label + "." + m.cls->name);
  }

  // The models of the trees, and those of the built-in apps that --contrib installs or that a
  // kept model relates to (a ForeignKey to auth.User brings auth, which brings contenttypes).
  void add_used(const schema& read, schema& out) const {
    const auto& all = read.models();
    auto optional = [&](const model& m) {
      return std::any_of(apps_.begin(), apps_.end(), [&](const app_entry& a) {
        // A built-in app a tree's app replaced has no models left; the tree's are not optional.
        return a.built_in && !a.installed && a.label == m.app_label &&
               replacing_labels_.count(a.shadowed_by) == 0;
      });
    };
    auto find = [&](const model& from, const std::string& target) -> int {
      if (target == "self") return -1;
      const auto dot = target.find('.');
      for (std::size_t j = 0; j < all.size(); ++j) {
        const model& c = all[j];
        const bool match = dot == std::string::npos
                               ? c.name == target && c.app_label == from.app_label
                               : c.app_label == target.substr(0, dot) &&
                                     ascii_lower(c.name) == ascii_lower(target.substr(dot + 1));
        if (match) return static_cast<int>(j);
      }
      return -1;
    };
    std::vector<char> keep(all.size(), 0);
    std::vector<std::size_t> todo;
    for (std::size_t i = 0; i < all.size(); ++i)
      if (!optional(all[i])) {
        keep[i] = 1;
        todo.push_back(i);
      }
    while (!todo.empty()) {
      const model& m = all[todo.back()];
      todo.pop_back();
      std::vector<std::string> targets{m.proxy_for};
      for (const auto& f : m.fields) {
        targets.push_back(f.target);
        targets.push_back(f.through);
      }
      for (const auto& g : m.generic_relations) targets.push_back(g.target);
      for (const auto& t : targets) {
        const int j = t.empty() ? -1 : find(m, t);
        if (j < 0 || keep[static_cast<std::size_t>(j)]) continue;
        keep[static_cast<std::size_t>(j)] = 1;
        todo.push_back(static_cast<std::size_t>(j));
      }
    }
    for (std::size_t i = 0; i < all.size(); ++i)
      if (keep[i]) out.add_model(all[i].name, all[i].app_label).get() = all[i];
  }

  model_decl* decl_of(const py_class* c) const {
    auto it = decls_.find(c);
    return it == decls_.end() ? nullptr : it->second.get();
  }

  // A model when a base is Django's Model or a model; a base from outside the trees is then an
  // error unless --field-type says it adds nothing.
  bool is_model_class(const py_class& cls) {
    bool model = false;
    for (const auto& b : cls.bases) {
      if (b->what == object::kind::klass && decl_of(b->cls)) model = true;
      if (b->what == object::kind::named &&
          (b->path == "django.db.models.Model" || b->path == "django.db.models.base.Model" ||
           mapped_to_model(b->path)))
        model = true;
    }
    if (!model) {
      refuse_unread_model(cls);
      return false;
    }
    for (std::size_t i = 0; i < cls.bases.size(); ++i) {
      const ref& b = cls.bases[i];
      const source_span at = cls.header->bases.items[i].span;
      if (b->what == object::kind::unknown)
        fail_in(*cls.file, at, error_code::bad_schema,
                fmt::format("base class of model {} cannot be read: {}", cls.name, b->path));
      if (b->what != object::kind::named || b->path.starts_with("django.db.models.") ||
          b->path == "builtins.object" || mapped_to_object(b->path))
        continue;
      fail_in(*cls.file, at, error_code::bad_schema,
              fmt::format("model {} has the base class {} from outside the schema trees: add "
                          "the source tree of its package with another --schema, or pass "
                          "--field-type {}=object if it adds no fields",
                          cls.name, b->path, b->path));
    }
    return true;
  }

  // A class with Django fields whose base comes from outside the trees is most likely a model
  // built on a third-party model class (django-polymorphic's), and one whose base cannot be read
  // (a function of the trees choosing it at runtime, a name of a module still loading) may well
  // be a model: neither is dropped without a word.
  void refuse_unread_model(const py_class& cls) const {
    const bool fields = std::any_of(cls.order.begin(), cls.order.end(), [&](const auto& name) {
      const ref& v = cls.body.names.at(name);
      return v->what == object::kind::instance && v->callee &&
             v->callee->what == object::kind::named && django_field_type(v->callee->path);
    });
    if (!fields) return;
    for (std::size_t i = 0; i < cls.bases.size(); ++i) {
      const ref& b = cls.bases[i];
      const source_span at = cls.header->bases.items[i].span;
      if (b->what == object::kind::unknown)
        fail_in(*cls.file, at, error_code::bad_schema,
                fmt::format("class {} declares Django fields but its base class cannot be read, "
                            "so sqlweave cannot tell whether it is a model: {}",
                            cls.name, b->path));
      if (b->what != object::kind::named || b->path.starts_with("django.") ||
          b->path.starts_with("builtins.") || b->path.starts_with("typing.") ||
          mapping_for(b->path))
        continue;
      fail_in(*cls.file, at, error_code::bad_schema,
              fmt::format("class {} declares Django fields but its base class {} comes from "
                          "outside the schema trees, so it is not read as a model: add the source "
                          "tree of that package with another --schema, or pass --field-type "
                          "{}=Model if it is a model that adds no fields",
                          cls.name, b->path, b->path));
    }
  }

  void check_meta(const py_class& meta) const {
    for (const auto& name : meta.order) {
      if (name.starts_with("_")) continue;
      if (std::find(std::begin(meta_names), std::end(meta_names), name) != std::end(meta_names))
        continue;
      const auto at = meta.body.names.at(name)->span;
      fail_in(*meta.file, at.empty() ? meta.span : at, error_code::bad_schema,
              fmt::format("'class Meta' got invalid attribute '{}'", name));
    }
  }

  ref meta_attribute(const model_decl& m, std::string_view name) const {
    if (!m.meta) return nullptr;
    if (name == "abstract") return nullptr;  // never inherited: Django resets it
    return py_.class_attribute(*m.meta, name);
  }

  // The app whose package holds the class's module, the innermost one.
  const app_entry* home_app(const py_class& cls) const {
    const app_entry* best = nullptr;
    for (const auto& app : apps_) {
      // A lone models.py's app holds every class but django.contrib's.
      const bool inside = (app.package.empty() && !cls.module.starts_with("django.contrib.")) ||
                          cls.module == app.package || cls.module.starts_with(app.package + ".");
      if (inside && (!best || app.package.size() > best->package.size())) best = &app;
    }
    return best;
  }

  // Packages of a tree with a models.py need not be installed apps (a package of helpers may
  // have one): two that share a label clash only when both declare models, and a built-in app
  // gives way to a tree's app of its label only when that declares one.
  void settle_labels() {
    std::map<std::string, const app_entry*> declaring;  // label -> the tree's app with models
    for (const model_decl* m : registered_) {
      const app_entry* app = home_app(*m->cls);
      if (!app || app->built_in || app->label != m->app_label) continue;
      auto [it, fresh] = declaring.emplace(app->label, app);
      if (!fresh && it->second != app)
        fail(error_code::bad_schema,
             fmt::format("two apps are labelled '{}' ({} and {}); set a distinct label in one "
                         "apps.py",
                         app->label, it->second->package, app->package));
    }
    auto left_out = [&](const model_decl* m) {
      const app_entry* app = home_app(*m->cls);
      return app && app->built_in && !app->shadowed_by.empty() &&
             declaring.count(app->shadowed_by) != 0;
    };
    registered_.erase(std::remove_if(registered_.begin(), registered_.end(), left_out),
                      registered_.end());
    for (const auto& kv : declaring) replacing_labels_.insert(kv.first);
  }

  std::string app_label_of(const model_decl& m) {
    if (ref label = meta_attribute(m, "app_label"))
      return text(label, "Meta.app_label", *m.cls->file, m.cls->span);
    if (const app_entry* best = home_app(*m.cls)) return best->label;
    if (m.abstract) return {};
    fail_in(*m.cls->file, m.cls->span, error_code::bad_schema,
            fmt::format("model {} in module {} is in no app (no package above it has a "
                        "models.py or models/) and sets no Meta.app_label",
                        m.cls->name, m.cls->module));
  }

  // ---------------------------------------------------------------- callees

  void read_mappings() {
    for (const auto& entry : options_.field_types) {
      const auto eq = entry.find('=');
      if (eq == std::string::npos || eq == 0)
        fail(error_code::bad_argument,
             fmt::format("--field-type takes dotted.Class=Field(...), not '{}'", entry));
      auto file = std::make_shared<source_file>();
      file->module = "--field-type";
      file->path = "--field-type " + entry;
      file->text = "x = " + entry.substr(eq + 1);
      mapping m;
      m.from = entry.substr(0, eq);
      m.file = file.get();
      try {
        m.st = python::parse_statement(parse_state(file->text), {file->text, 0});
      } catch (const error& e) {
        throw file_error{e, file.get()};
      }
      m.to_object = m.st.value.is(expr::kind::name) &&
                    (m.st.value.text == "object" || m.st.value.text == "Model");
      m.to_model = m.st.value.is(expr::kind::name) && m.st.value.text == "Model";
      m.to_manager = m.st.value.is(expr::kind::name) && m.st.value.text == "Manager";
      if (!m.to_object && !m.to_manager && !m.st.value.is(expr::kind::call))
        fail_in(*file, m.st.value.span, error_code::bad_argument,
                "--field-type maps a class to a Django field call, CharField(max_length=40), "
                "to object, to Model or to Manager");
      m.names.file = file.get();
      // CharField(...) as written; GenericRelation(...) is contenttypes'.
      const bool generic = m.st.value.is(expr::kind::call) &&
                           m.st.value.items.front().is(expr::kind::name) &&
                           m.st.value.items.front().text == "GenericRelation";
      m.names.star_modules = {generic ? "django.contrib.contenttypes.fields" : "django.db.models"};
      mapping_files_.push_back(std::move(file));
      mappings_.push_back(std::move(m));
    }
  }

  struct mapping {
    std::string from;
    const source_file* file = nullptr;
    python::statement st;
    scope names;
    bool to_object = false;   // `=object` or `=Model`: a base class that adds no field
    bool to_model = false;    // `=Model`: and makes its subclasses models
    bool to_manager = false;  // `=Manager`: a manager class whose queryset filters nothing
  };

  const mapping* mapping_for(std::string_view path) const {
    for (const auto& m : mappings_)
      if (m.from == path || m.from == last_part(path)) return &m;
    return nullptr;
  }
  bool mapped_to_object(std::string_view path) const {
    const mapping* m = mapping_for(path);
    return m && m->to_object;
  }
  bool mapped_to_model(std::string_view path) const {
    const mapping* m = mapping_for(path);
    return m && m->to_model;
  }

  callee_kind from_mapping(const mapping& m) {
    callee_kind k;
    ref callee = py_.eval(m.st.value.items.front(), m.names);
    if (callee->what == object::kind::named &&
        callee->path == "django.contrib.contenttypes.fields.GenericRelation") {
      k.kind = callee_kind::what::generic_relation;
      k.mapping = &m.st.value;
      k.mapping_scope = &m.names;
      return k;
    }
    const auto type =
        callee->what == object::kind::named ? django_field_type(callee->path) : std::nullopt;
    if (!type)
      fail_in(*m.file, m.st.value.items.front().span, error_code::bad_argument,
              "--field-type maps to a field class of django.db.models, "
              "django.contrib.postgres.fields or GenericRelation");
    k.kind = callee_kind::what::field;
    k.type = *type;
    k.mapping = &m.st.value;
    k.mapping_scope = &m.names;
    return k;
  }

  static bool manager_path(std::string_view path) {
    return path == "django.db.models.Manager" || path == "django.db.models.manager.Manager" ||
           path.ends_with(".as_manager") || path.ends_with(".from_queryset");
  }

  callee_kind classify(const ref& callee, const source_file* file, source_span at) {
    callee_kind k;
    if (callee->what == object::kind::instance && callee->callee &&
        callee->callee->what == object::kind::named && manager_path(callee->callee->path)) {
      k.kind = callee_kind::what::manager;  // Manager.from_queryset(QS)()
      k.manager = from_queryset(*callee);
      return k;
    }
    if (callee->what == object::kind::named && manager_path(callee->path) && callee->cls) {
      k.kind = callee_kind::what::manager;  // QS.as_manager()
      k.manager.queryset = callee->cls;
      return k;
    }
    if (callee->what == object::kind::named) return classify_named(callee->path, file, at);
    if (callee->what != object::kind::klass) return k;
    if (const mapping* mp = mapping_for(callee->cls->module + "." + callee->cls->name);
        mp && !mp->to_object)
      return classify_named(mp->from, file, at);
    for (const py_class* c : callee->cls->mro) {
      for (const auto& b : c->bases) {
        callee_kind base;
        if (b->what == object::kind::named && is_bare_field(b->path))
          return bare_field(*callee->cls, *c, last_part(b->path), file, at);
        if (b->what == object::kind::named) base = classify_named(b->path, file, at);
        if (b->what == object::kind::instance && b->callee &&
            b->callee->what == object::kind::named && manager_path(b->callee->path)) {
          base.kind = callee_kind::what::manager;  // class M(Base.from_queryset(QS))
          base.manager = from_queryset(*b);
        }
        if (base.kind == callee_kind::what::manager)
          base.manager.managers.insert(base.manager.managers.begin(), callee->cls);
        if (base.kind != callee_kind::what::other || !base.external.empty()) return base;
      }
    }
    return k;
  }

  // `Base.from_queryset(QS)`, made by a call: Base when it is a class of the trees, and QS.
  manager_classes from_queryset(const object& made) {
    manager_classes out;
    if (made.callee->cls) out.managers.push_back(made.callee->cls);
    if (!made.call || !made.where || made.call->items.size() != 2) {
      out.queryset_unread = "from_queryset() is not given one QuerySet class";
      return out;
    }
    const ref qs = py_.eval(made.call->items[1], *made.where);
    if (qs->what == object::kind::klass)
      out.queryset = qs->cls;
    else if (qs->what != object::kind::named || !qs->path.starts_with("django."))
      out.queryset_unread =
          fmt::format("the QuerySet class {} is not one of the schema trees",
                      python::text_of(parse_state(made.file->text), made.call->items[1].span));
    return out;
  }

  static bool is_bare_field(std::string_view path) {
    return path == "django.db.models.Field" || path == "django.db.models.fields.Field" ||
           path == "django.db.models.fields.related.RelatedField";
  }

  // A class of the trees built on Django's Field or RelatedField itself. Django gives it a
  // column from db_type(): RelatedField's is None, Field's looks get_internal_type()'s name up
  // in the backend's types, which holds no name of a new class. Without an override of those
  // it has no column; with one, Python decides it and --field-type must say what it is.
  callee_kind bare_field(const py_class& cls, const py_class& below, std::string_view base,
                         const source_file* file, source_span at) const {
    const bool related = base == "RelatedField";  // its db_type() ignores get_internal_type()
    for (const py_class* c : cls.mro) {
      // `return "JSONField"`: Field.db_type() looks that class's column type up.
      if (auto it = c->body.names.find("get_internal_type");
          !related && it != c->body.names.end() && !c->body.names.count("db_type"))
        if (const auto type = returned_field_class(*it->second)) {
          callee_kind k;
          k.kind = callee_kind::what::field;
          k.type = *type;
          return k;
        }
      for (std::string_view method : {"db_type", "get_internal_type"})
        if ((!related || method == "db_type") && c->body.names.count(std::string(method)))
          fail_in(*file, at, error_code::bad_schema,
                  fmt::format("field class {}.{} takes its column type from {}.{}(), which "
                              "sqlweave does not run; map it with --field-type {}.{}=<Django "
                              "field call>",
                              cls.module, cls.name, c->name, method, cls.module, cls.name));
      if (c == &below) break;
    }
    callee_kind k;
    k.kind = callee_kind::what::no_column;
    return k;
  }

  // The Django field class a method names when its body is `return "ClassName"` (after a
  // docstring), or nothing.
  static std::optional<field_type> returned_field_class(const object& method) {
    if (method.what != object::kind::function || !method.body || !method.file) return {};
    const parse_state state(method.file->text);
    std::optional<field_type> out;
    for (const auto& b : method.body->body) {
      python::statement st;
      try {
        st = python::parse_statement(state, b.head);
      } catch (const error&) {
        return {};
      }
      const bool literal =
          st.value.is(expr::kind::literal) && st.value.val.kind() == value_kind::text;
      if (st.what == python::statement::kind::other && literal && !out) continue;  // docstring
      if (st.what != python::statement::kind::return_value || !literal || out) return {};
      out = field_type_from_name(st.value.val.as_text());
      if (!out || *out >= field_type::foreign_key) return {};  // a column class, not a relation
    }
    return out;
  }

  callee_kind classify_named(const std::string& path, const source_file* file, source_span at) {
    callee_kind k;
    if (const mapping* m = mapping_for(path); m && m->to_manager) {
      k.kind = callee_kind::what::manager;
      return k;
    }
    if (const mapping* m = mapping_for(path); m && !m->to_object) return from_mapping(*m);
    const std::string_view name = last_part(path);
    if (path.starts_with("django.")) {
      if (const auto type = django_field_type(path)) {
        k.kind = callee_kind::what::field;
        k.type = *type;
      } else if (manager_path(path)) {
        k.kind = callee_kind::what::manager;
      } else if (name == "GenericRelation") {
        k.kind = callee_kind::what::generic_relation;
      } else if (name == "GenericForeignKey") {
        k.kind = callee_kind::what::no_column;  // its columns are fields of their own
      } else if (is_django_models(path) && name.ends_with("Field")) {
        fail_in(*file, at, error_code::bad_schema, fmt::format("unknown field type '{}'", name));
      } else if (name.ends_with("Field")) {
        fail_in(*file, at, error_code::bad_schema,
                fmt::format("field class {} is not one sqlweave knows; map it with "
                            "--field-type {}=<Django field call>",
                            path, path));
      }
      return k;
    }
    if (path.starts_with("builtins.")) return k;
    if (name.ends_with("Field") || name.ends_with("ForeignKey") || name.ends_with("Key"))
      fail_in(*file, at, error_code::bad_schema,
              fmt::format("field class {} comes from outside the schema trees; map it with "
                          "--field-type {}=<Django field call>, e.g. =CharField(max_length=100)",
                          path, path));
    k.external = path;
    return k;
  }

  // ---------------------------------------------------------------- values

  // A value sqlweave cannot know: unknown, or a plain name from a package outside the trees
  // (a class or function there is an object of its own kind to callers).
  static bool unevaluated(const ref& v) {
    return v->what == object::kind::unknown ||
           (v->what == object::kind::named && !v->path.starts_with("django.") &&
            !v->path.starts_with("builtins."));
  }
  [[noreturn]] static void cannot(const ref& v, std::string_view what, const source_file& file,
                                  source_span at) {
    if (v->what == object::kind::named) {
      const auto [f, s] = place(v, file, at);
      fail_in(*f, s, error_code::bad_schema,
              fmt::format("{} must be known to write SQL, but {} comes from outside the trees: "
                          "pass --setting {}=VALUE",
                          what, v->path, v->path));
    }
    if (v->what == object::kind::unknown && v->file)
      fail_in(*v->file, v->span, error_code::bad_schema,
              fmt::format("{} must be known to write SQL, but {}", what, v->path));
    fail_in(file, at, error_code::bad_schema, fmt::format("{} takes {}", what, expected_of(what)));
  }
  static std::string_view expected_of(std::string_view what) {
    if (what.ends_with("max_length=") || what.ends_with("max_digits=") ||
        what.ends_with("decimal_places="))
      return "a whole number";
    return "a value of another kind";
  }

  // Where an error about `v` points: at the value itself when it was written as one.
  static std::pair<const source_file*, source_span> place(const ref& v, const source_file& file,
                                                          source_span at) {
    if (v->file && !v->span.empty()) return {v->file, v->span};
    return {&file, at};
  }
  [[noreturn]] static void wrong(const ref& v, const source_file& file, source_span at,
                                 std::string message) {
    const auto [f, s] = place(v, file, at);
    fail_in(*f, s, error_code::bad_schema, std::move(message));
  }

  static bool flag(const ref& v, std::string_view what, const source_file& file, source_span at) {
    if (v->what == object::kind::constant && v->val.kind() == value_kind::boolean)
      return v->val.as_bool();
    if (unevaluated(v)) cannot(v, what, file, at);
    wrong(v, file, at, fmt::format("{} takes True or False", what));
  }
  static std::string text(const ref& v, std::string_view what, const source_file& file,
                          source_span at) {
    if (v->what == object::kind::constant && v->val.kind() == value_kind::text)
      return v->val.as_text();
    if (unevaluated(v)) cannot(v, what, file, at);
    wrong(v, file, at, fmt::format("{} takes a string", what));
  }
  static int whole(const ref& v, std::string_view what, const source_file& file, source_span at) {
    if (v->what == object::kind::constant && v->val.kind() == value_kind::integer &&
        v->val.as_int() >= 0 && v->val.as_int() <= 1'000'000'000)
      return static_cast<int>(v->val.as_int());
    if (unevaluated(v)) cannot(v, what, file, at);
    wrong(v, file, at, fmt::format("{} takes a whole number", what));
  }
  static std::vector<std::string> names(const ref& v, std::string_view what,
                                        const source_file& file, source_span at) {
    if (unevaluated(v)) cannot(v, what, file, at);
    if (v->what != object::kind::sequence)
      wrong(v, file, at, fmt::format("{} takes a list or tuple of field names", what));
    std::vector<std::string> out;
    for (const auto& item : v->items) out.push_back(text(item, what, file, at));
    return out;
  }
  static std::vector<std::vector<std::string>> together(const ref& v, std::string_view what,
                                                        const source_file& file, source_span at) {
    // Django's normalize_together(): None (or any empty value) is no groups.
    if (v->what == object::kind::constant && v->val.is_null()) return {};
    if (v->what == object::kind::sequence && !v->items.empty() &&
        v->items.front()->what == object::kind::sequence) {
      std::vector<std::vector<std::string>> out;
      for (const auto& g : v->items) out.push_back(names(g, what, file, at));
      return out;
    }
    if (v->what == object::kind::sequence && v->items.empty()) return {};
    return {names(v, what, file, at)};
  }

  static std::string substitute(std::string s, const model_decl& m) {
    auto replace = [&](std::string_view key, const std::string& with) {
      for (auto pos = s.find(key); pos != std::string::npos; pos = s.find(key, pos + with.size()))
        s.replace(pos, key.size(), with);
    };
    replace("%(class)s", ascii_lower(m.cls->name));
    replace("%(model_name)s", ascii_lower(m.cls->name));
    replace("%(app_label)s", ascii_lower(m.app_label));
    return s;
  }

  // The text an expression was written as, in its own file: a condition in query syntax.
  static std::string source_text(const ref& v, const source_file& file, source_span at) {
    const source_file& f = v->file ? *v->file : file;
    const source_span s = v->file ? v->span : at;
    return f.text.substr(s.offset, s.length);
  }

  // `Customer`, "Customer", "shop.Customer", "self", settings.AUTH_USER_MODEL.
  std::string target_of(const ref& v, std::string_view type_name, const model_decl& m,
                        const source_file& file, source_span at) {
    if (v->what == object::kind::constant && v->val.kind() == value_kind::text) {
      const std::string& t = v->val.as_text();
      if (t == "self" || t.find('.') != std::string::npos || m.app_label.empty()) return t;
      return m.app_label + "." + t;
    }
    if (v->what == object::kind::klass) {
      const model_decl* target = decl_of(v->cls);
      if (!target) {
        // A base that could not be read is the likelier cause than a plain class.
        for (const auto& b : v->cls->bases) {
          if (b->what == object::kind::unknown)
            fail_in(file, at, error_code::bad_schema,
                    fmt::format("{} is not a model: a base class of it cannot be read: {}",
                                v->cls->name, b->path));
          if (unevaluated(b))
            fail_in(file, at, error_code::bad_schema,
                    fmt::format("{} is not read as a model: its base class {} comes from outside "
                                "the schema trees: add the source tree of that package with "
                                "another --schema, or pass --field-type {}=Model if it is a model "
                                "that adds no fields",
                                v->cls->name, b->path, b->path));
        }
        fail_in(file, at, error_code::bad_schema, fmt::format("{} is not a model", v->cls->name));
      }
      if (target->abstract)
        fail_in(file, at, error_code::bad_schema,
                fmt::format("a relation cannot point at the abstract model {}", v->cls->name));
      return target->app_label.empty() ? target->cls->name
                                       : target->app_label + "." + target->cls->name;
    }
    if (v->what == object::kind::named && v->path.starts_with("django.contrib.")) {
      // django.contrib.auth.models.User -> auth.User
      const std::string_view p = v->path;
      const auto models = p.find(".models.");
      if (models != std::string_view::npos) {
        const std::string_view package = p.substr(0, models);
        return std::string(last_part(package)) + "." + std::string(last_part(p));
      }
    }
    if (unevaluated(v)) cannot(v, "the related model", file, at);
    wrong(v, file, at, fmt::format("{} takes a model class or its name as a string", type_name));
  }

  // ForeignKey(to, on_delete, related_name, related_query_name, ...) and
  // ManyToManyField(to, related_name, related_query_name, ...): the names Django 3.2 gives the
  // positional arguments that are read; other positions are refused.
  static std::string_view related_positional(field_type type, std::size_t pos) {
    const std::size_t first = type == field_type::many_to_many  ? 1
                              : type == field_type::foreign_key ? 2
                                                                : 0;  // OneToOneField: to_field
    if (first == 0 || pos < first) return {};
    if (pos == first) return "related_name";
    if (pos == first + 1) return "related_query_name";
    return {};
  }

  void read_on_delete(field& f, const ref& v, const source_file& file, source_span at) {
    if (v->what == object::kind::named && v->path.starts_with("django."))
      if (const auto rule = catalog::on_delete_from_name(last_part(v->path))) {
        if (*rule != on_delete::set) {
          f.on_delete = *rule;
          return;
        }
      }
    if (v->what == object::kind::instance && v->callee && v->callee->what == object::kind::named &&
        last_part(v->callee->path) == "SET") {
      read_set_argument(f, *v, file, at);
      return;
    }
    // A wrapper of the trees (`Guard(models.CASCADE)`) whose __call__ passes the call on.
    if (v->what == object::kind::instance && v->callee && v->callee->what == object::kind::klass)
      if (const ref inner = py_.call_target(*v)) return read_on_delete(f, inner, file, at);
    fail_in(file, at, error_code::bad_schema,
            "on_delete= takes models.CASCADE, PROTECT, RESTRICT, SET_NULL, SET_DEFAULT, "
            "DO_NOTHING or SET(value), or an instance of a class whose __call__ passes the call "
            "on to one of them");
  }

  // SET(value): a constant is what delete() writes; anything else is a callable Python runs,
  // kept by its name so that a delete() reaching it is refused naming it.
  void read_set_argument(field& f, const object& set, const source_file& file, source_span at) {
    if (!set.call || set.call->items.size() != 2 || !set.call->keywords.empty() || !set.where)
      fail_in(file, at, error_code::bad_schema, "SET() takes one value or callable");
    const expr& arg = set.call->items[1];
    const ref v = py_.eval(arg, *set.where);
    f.on_delete = on_delete::set;
    if (v->what == object::kind::constant) {
      f.on_delete_value = v->val;
      return;
    }
    const source_file& in = set.where->file ? *set.where->file : file;
    f.on_delete_callable = in.text.substr(arg.span.offset, arg.span.length);
  }

  // ---------------------------------------------------------------- fields

  // Django's defaults for each class (Field subclasses' __init__).
  static field defaults_of(std::string name, field_type type) {
    field f = fields::make(std::move(name), type);
    switch (type) {
      case field_type::email_field: f.max_length = 254; break;
      case field_type::slug_field: f.max_length = 50; break;
      case field_type::url_field: f.max_length = 200; break;
      case field_type::file_field:
      case field_type::image_field:
      case field_type::file_path_field: f.max_length = 100; break;
      case field_type::generic_ip_address_field: f.max_length = 39; break;
      case field_type::null_boolean_field: f.null = true; break;
      default: break;
    }
    return f;
  }

  void apply_call(field& f, const expr& call, const scope& in, const model_decl& m) {
    const source_file& file = *in.file;
    const std::string_view type_name = to_string(f.type);
    auto at = [&](const ref& v, source_span fallback) {
      return v->span.empty() ? fallback : v->span;
    };
    // Positional: ForeignKey(to, on_delete), ManyToManyField(to); Field(verbose_name, name,
    // ...) and DecimalField(verbose_name, name, max_digits, decimal_places).
    for (std::size_t i = 1; i < call.items.size(); ++i) {
      const expr& a = call.items[i];
      const ref v = py_.eval(a, in);
      const std::size_t pos = i - 1;
      if (f.is_relation()) {
        if (pos == 0)
          f.target = target_of(v, type_name, m, file, a.span);
        else if (pos == 1 && f.is_forward_single())
          read_on_delete(f, v, file, a.span);
        else if (const std::string_view p = related_positional(f.type, pos); p == "related_name")
          f.related_name = substitute(text(v, "related_name=", file, a.span), m);
        else if (p == "related_query_name")
          f.related_query_name = substitute(text(v, "related_query_name=", file, a.span), m);
        else
          fail_in(file, a.span, error_code::bad_schema,
                  fmt::format("positional argument {} of {} is not read; pass it by keyword",
                              pos + 1, type_name));
        continue;
      }
      if (f.type == field_type::array_field && pos < 2) {  // ArrayField(base_field, size)
        if (pos == 0)
          set_base_field(f, v, file, at(v, a.span), m);
        else
          f.array_size = array_size(v, file, at(v, a.span));
        continue;
      }
      if (pos < 2) continue;  // verbose_name, name: never in SQL
      if (f.type == field_type::decimal_field && pos == 2) {
        f.max_digits = whole(v, "max_digits=", file, at(v, a.span));
      } else if (f.type == field_type::decimal_field && pos == 3) {
        f.decimal_places = whole(v, "decimal_places=", file, at(v, a.span));
      } else if ((f.type == field_type::file_field || f.type == field_type::image_field) &&
                 pos < 4) {
        continue;  // upload_to, storage / width_field, height_field
      } else {
        fail_in(file, a.span, error_code::bad_schema,
                fmt::format("positional argument {} of {} is not read; pass it by keyword", pos + 1,
                            type_name));
      }
    }
    for (const auto& kw : call.keywords) {
      if (kw.name.empty())
        fail_in(file, kw.name_span, error_code::bad_schema,
                "**arguments to a field cannot be read; write the arguments out");
      const std::string_view key = kw.name;
      const source_span vs = kw.value.span;
      auto value = [&] { return py_.eval(kw.value, in); };
      const std::string what = fmt::format("{}=", key);
      if (key == "null")
        f.null = flag(value(), what, file, vs);
      else if (key == "primary_key")
        f.primary_key = flag(value(), what, file, vs);
      else if (key == "unique")
        f.unique = flag(value(), what, file, vs);
      else if (key == "db_index")
        f.db_index = flag(value(), what, file, vs);
      else if (key == "blank") {
        const ref v = value();
        if (v->what == object::kind::constant && v->val.kind() == value_kind::boolean)
          f.blank = v->val.as_bool();
      } else if (key == "db_column")
        f.db_column = text(value(), what, file, vs);
      else if (key == "max_length") {
        const ref v = value();
        if (v->what == object::kind::constant && v->val.is_null()) continue;  // TextField
        f.max_length = whole(v, what, file, vs);
      } else if (key == "max_digits")
        f.max_digits = whole(value(), what, file, vs);
      else if (key == "decimal_places")
        f.decimal_places = whole(value(), what, file, vs);
      else if (key == "default") {
        const ref v = value();
        if (v->what == object::kind::constant) f.default_value = v->val;  // not callables
      } else if (f.is_relation() && key == "to")
        f.target = target_of(value(), type_name, m, file, vs);
      else if (f.is_relation() && key == "related_name")
        f.related_name = substitute(text(value(), what, file, vs), m);
      else if (f.is_relation() && key == "related_query_name")
        f.related_query_name = substitute(text(value(), what, file, vs), m);
      else if (f.is_relation() && key == "on_delete")
        read_on_delete(f, value(), file, vs);
      else if (f.is_relation() && key == "db_constraint")
        f.db_constraint = flag(value(), what, file, vs);
      else if (f.is_forward_single() && key == "to_field")
        f.to_field = text(value(), what, file, vs);
      else if (f.type == field_type::one_to_one && key == "parent_link")
        f.parent_link = flag(value(), what, file, vs);
      else if (f.type == field_type::many_to_many && key == "through")
        f.through = target_of(value(), type_name, m, file, vs);
      else if (f.type == field_type::many_to_many && key == "through_fields")
        f.through_fields = names(value(), what, file, vs);
      else if (f.type == field_type::many_to_many && key == "symmetrical")
        f.symmetrical = flag(value(), what, file, vs);
      else if (f.type == field_type::many_to_many && key == "db_table")
        f.m2m_table = text(value(), what, file, vs);
      else if (f.type == field_type::array_field && key == "base_field")
        set_base_field(f, value(), file, vs, m);
      else if (f.type == field_type::array_field && key == "size")
        f.array_size = array_size(value(), file, vs);
      else if (key == "auto_created" || key == "serialize")
        continue;
    }
  }

  // ArrayField's base_field: a field call, read as a field of the same name
  // (ArrayField.set_attributes_from_name), never a relation (Django's check postgres.E002).
  void set_base_field(field& f, const ref& v, const source_file& file, source_span at,
                      const model_decl& m) {
    const auto expected = "ArrayField's base_field takes a field: models.CharField(max_length=10)";
    if (v->what == object::kind::unknown) cannot(v, "ArrayField's base_field", file, at);
    if (v->what != object::kind::instance || !v->callee || !v->call) wrong(v, file, at, expected);
    const callee_kind k = classify(v->callee, v->file, at);
    if (k.kind != callee_kind::what::field) wrong(v, file, at, expected);
    field base = build_field(field_decl{f.name, v, k, v->counter, nullptr}, m);
    if (base.is_relation())
      wrong(v, file, at, "ArrayField's base_field cannot be a related field (postgres.E002)");
    f.base_field.assign(1, std::move(base));
  }
  static int array_size(const ref& v, const source_file& file, source_span at) {
    if (v->what == object::kind::constant && v->val.is_null()) return 0;
    return whole(v, "size=", file, at);
  }

  // What the __init__ of a field class of the trees does to its keyword arguments before
  // Django's sees them: `kwargs["k"] = kwargs.get("k", v)` and `kwargs.setdefault("k", v)` are
  // defaults, `kwargs["k"] = v` overrides the caller. The most derived class that names a key
  // decides it.
  struct init_arguments {
    const scope* where = nullptr;
    expr defaults, forced;  // calls: only their keywords are read
    // {key, parameter}: a default taken from a parameter of __init__, which a caller's keyword
    // of that name replaces (`indexed=False` sets db_index).
    std::vector<std::pair<std::string_view, std::string_view>> from_parameters{};
  };
  // The key of `kwargs.setdefault("k", v)`, or null.
  static const expr* setdefault_key(const python::statement& st, std::string_view kwargs) {
    const expr& v = st.value;
    if (st.what != python::statement::kind::other || !v.is(expr::kind::call) ||
        v.items.size() != 3 || !v.keywords.empty() || !v.items[0].is(expr::kind::attribute) ||
        v.items[0].text != "setdefault" || !v.items[0].items.front().is(expr::kind::name) ||
        v.items[0].items.front().text != kwargs || !v.items[1].is(expr::kind::literal) ||
        v.items[1].val.kind() != value_kind::text)
      return nullptr;
    return &v.items[1];
  }

  std::vector<init_arguments> init_arguments_of(const ref& callee) {
    std::vector<init_arguments> out;
    if (callee->what != object::kind::klass) return out;
    std::vector<std::string_view> seen;
    for (const py_class* c : callee->cls->mro) {
      const auto it = c->body.names.find("__init__");
      if (it == c->body.names.end() || it->second->what != object::kind::function) continue;
      const object& init = *it->second;
      const std::string_view head = init.body->head.text;
      const auto stars = head.find("**");
      if (stars == std::string_view::npos) continue;
      std::string_view kwargs = head.substr(stars + 2);
      kwargs = kwargs.substr(0, std::min(kwargs.size(), kwargs.find_first_of(" ,):")));
      std::vector<python::parameter> parameters;
      try {
        parameters = python::parameters_of(parse_state(init.file->text), init.body->head);
      } catch (const error&) {
        // a signature sqlweave cannot read: its parameters stay unknown names
      }
      // A parameter of __init__ stands for its default (`primary_key=True`).
      auto parameter_default = [&](const expr& v) -> const python::parameter* {
        if (!v.is(expr::kind::name)) return nullptr;
        for (const auto& p : parameters)
          if (p.name == v.text && p.stars == 0 && p.has_default) return &p;
        return nullptr;
      };
      init_arguments a;
      a.where = c->body.enclosing ? c->body.enclosing : &c->body;
      for (expr* call : {&a.defaults, &a.forced}) {
        call->what = expr::kind::call;
        call->items.emplace_back();
      }
      for (const auto& line : init.body->body) {
        auto st = std::make_unique<python::statement>();
        try {
          *st = python::parse_statement(parse_state(init.file->text), line.head);
        } catch (const error&) {
          continue;  // a line no keyword comes from
        }
        if (const expr* key = setdefault_key(*st, kwargs)) {
          if (std::find(seen.begin(), seen.end(), key->val.as_text()) != seen.end()) continue;
          seen.push_back(key->val.as_text());
          python::keyword kw;
          kw.name = key->val.as_text();
          kw.name_span = st->value.span;
          const python::parameter* p = parameter_default(st->value.items[2]);
          kw.value = p ? p->default_value : st->value.items[2];
          if (p) a.from_parameters.emplace_back(kw.name, p->name);
          a.defaults.keywords.push_back(std::move(kw));
          init_statements_.push_back(std::move(st));
          continue;
        }
        if (st->what != python::statement::kind::assign || st->targets.size() != 1 ||
            !st->op.empty())
          continue;
        const expr& t = st->targets.front();
        if (!t.is(expr::kind::subscript) || t.items.size() != 2 ||
            !t.items[0].is(expr::kind::name) || t.items[0].text != kwargs ||
            !t.items[1].is(expr::kind::literal) || t.items[1].val.kind() != value_kind::text)
          continue;
        const std::string_view key = t.items[1].val.as_text();
        if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
        seen.push_back(key);
        const expr& v = st->value;
        const bool is_default = v.is(expr::kind::call) && v.items.size() == 3 &&
                                v.items[0].is(expr::kind::attribute) && v.items[0].text == "get" &&
                                v.items[0].items.front().is(expr::kind::name) &&
                                v.items[0].items.front().text == kwargs;
        python::keyword kw;
        kw.name = key;
        kw.name_span = t.span;
        kw.value = is_default ? v.items[2] : v;
        // `kwargs["k"] = k` with a parameter `k=default`: the caller's k, else the default.
        const python::parameter* p = parameter_default(kw.value);
        const bool own_parameter = p && p->name == key;
        if (p) {
          kw.value = p->default_value;
          if (!own_parameter) a.from_parameters.emplace_back(key, p->name);
        }
        (is_default || own_parameter ? a.defaults : a.forced).keywords.push_back(std::move(kw));
        init_statements_.push_back(std::move(st));
      }
      out.push_back(std::move(a));
    }
    return out;
  }

  // The caller's keywords for __init__ parameters, renamed to the keys they set.
  static expr passed_parameters(const init_arguments& a, const expr& call) {
    expr out;
    out.what = expr::kind::call;
    out.items.emplace_back();
    for (const auto& [key, parameter] : a.from_parameters)
      for (const auto& kw : call.keywords)
        if (kw.name == parameter) {
          python::keyword renamed = kw;
          renamed.name = key;
          out.keywords.push_back(std::move(renamed));
        }
    return out;
  }

  // The first class of the trees in the MRO of a field class that defines __init__, or null.
  static const py_class* own_init(const ref& callee) {
    if (callee->what != object::kind::klass) return nullptr;
    for (const py_class* c : callee->cls->mro)
      if (c->body.names.count("__init__")) return c;
    return nullptr;
  }

  field build_field(const field_decl& d, const model_decl& m) {
    field f = defaults_of(d.name, d.kind.type);
    if (d.kind.mapping) apply_call(f, *d.kind.mapping, *d.kind.mapping_scope, m);
    const ref& v = d.instance;
    const std::vector<init_arguments> inits = init_arguments_of(v->callee);
    for (const auto& a : inits) apply_call(f, a.defaults, *a.where, m);
    for (const auto& a : inits) apply_call(f, passed_parameters(a, *v->call), *v->where, m);
    apply_call(f, *v->call, *v->where, m);
    for (const auto& a : inits) apply_call(f, a.forced, *a.where, m);
    const source_span at = v->call->items.front().span;
    const source_file& file = *v->file;
    f.declared_at = position_of(file, at);
    if (f.is_relation() && f.target.empty())
      fail_in(file, at, error_code::bad_schema,
              fmt::format("{} '{}' names no model: pass it first or as to=", to_string(f.type),
                          f.name));
    if ((f.type == field_type::char_field || f.type == field_type::ci_char_field) &&
        f.max_length == 0) {
      // A class of the trees may pass one on from its __init__ in a form not read here
      // (`defaults = {"max_length": 100}; super().__init__(**defaults)`).
      if (const py_class* init = own_init(v->callee); init && !d.kind.mapping) {
        const std::string cls = v->callee->cls->module + "." + v->callee->cls->name;
        const std::string message = fmt::format(
            "{} '{}' is given no max_length= sqlweave can read: {}.__init__ may set one in a "
            "way sqlweave does not run; map the class with --field-type {}=CharField("
            "max_length=N)",
            to_string(f.type), f.name, init->name, cls);
        if (!options_.unlimited_charfield) fail_in(file, at, error_code::bad_schema, message);
        py_.warn(file, at, message + "; read as unlimited (--unlimited-charfield)");
      } else if (!options_.unlimited_charfield) {
        fail_in(file, at, error_code::bad_schema,
                fmt::format("{} '{}' needs max_length=: sqlweave follows Django 3.2, whose "
                            "check fields.E120 requires it; give max_length=, use a TextField, "
                            "or pass --unlimited-charfield for Django 4.2's unlimited varchar "
                            "(PostgreSQL only)",
                            to_string(f.type), f.name));
      }
      f.unlimited_length = true;
    }
    if (f.type == field_type::array_field && f.base_field.empty())
      fail_in(file, at, error_code::bad_schema,
              fmt::format("ArrayField '{}' needs its base_field", f.name));
    if (f.type == field_type::decimal_field && (f.max_digits == 0 && f.decimal_places == 0))
      fail_in(file, at, error_code::bad_schema,
              fmt::format("DecimalField '{}' needs max_digits= and decimal_places=", f.name));
    return f;
  }

  // ---------------------------------------------------------------- managers

  // Django's Options.managers: own first, then each base in MRO order; by creation within. The
  // default (Meta.default_manager_name, else the first) goes first.
  std::vector<manager> managers_of(const model_decl& m) {
    std::vector<const field_decl*> all;
    std::vector<std::string> seen;
    for (const py_class* c : m.cls->mro) {
      const model_decl* d = decl_of(c);
      if (!d) continue;
      std::vector<const field_decl*> here;
      for (const auto& mg : d->managers)
        if (std::find(seen.begin(), seen.end(), mg.name) == seen.end()) here.push_back(&mg);
      std::sort(here.begin(), here.end(),
                [](const field_decl* a, const field_decl* b) { return a->counter < b->counter; });
      for (const field_decl* mg : here) {
        seen.push_back(mg->name);
        all.push_back(mg);
      }
    }
    if (ref name = meta_attribute(m, "default_manager_name")) {
      const std::string wanted = text(name, "Meta.default_manager_name", *m.cls->file, m.cls->span);
      const auto it =
          std::find_if(all.begin(), all.end(), [&](const auto* mg) { return mg->name == wanted; });
      if (it == all.end())
        fail_in(*m.cls->file, m.cls->span, error_code::bad_schema,
                fmt::format("Meta.default_manager_name names no manager '{}'", wanted));
      std::rotate(all.begin(), it, it + 1);
    }
    std::vector<manager> out;
    for (const field_decl* mg : all) {
      manager made;
      made.name = mg->name;
      manager_reading read = read_manager_classes(py_, mg->kind.manager);
      made.chain = std::move(read.chain);
      made.unreadable = std::move(read.unreadable);
      made.methods = std::move(read.methods);
      if (!mg->kind.manager.queryset_unread.empty())
        py_.warn(*mg->instance->file, mg->instance->span,
                 fmt::format("{}; the methods of {}.{} that come from it cannot be called",
                             mg->kind.manager.queryset_unread, m.cls->name, made.name));
      if (!made.unreadable.empty())
        py_.warn(*mg->instance->file, mg->instance->span,
                 fmt::format("{}; querysets of {}.{} are refused", made.unreadable, m.cls->name,
                             made.name));
      out.push_back(std::move(made));
    }
    return out;
  }

  // ---------------------------------------------------------------- models

  std::string qualified(const model_decl& m) const {
    return m.app_label.empty() ? m.cls->name : m.app_label + "." + m.cls->name;
  }

  // Meta.ordering of `m`, whose items are field names or Django expressions; one sqlweave
  // cannot write leaves the model without a default ordering it can apply (`warn`: once, for
  // the model that declares it), so that only querysets applying it are refused.
  ordering_reading ordering_of(const model_decl& m, const ref& v, bool warn) {
    const source_file& file = *m.cls->file;
    const source_span at = m.meta ? m.meta->span : m.cls->span;
    if (unevaluated(v)) cannot(v, "Meta.ordering", file, at);
    if (v->what != object::kind::sequence)
      wrong(v, file, at, "Meta.ordering takes a list or tuple of field names and expressions");
    ordering_reading r = read_ordering(py_, v->items);
    if (warn && !r.unreadable.empty())
      py_.warn(file, at,
               fmt::format("{}; querysets of {} that apply its default ordering are refused",
                           r.unreadable, m.cls->name));
    return r;
  }
  static void set_ordering(model& out, ordering_reading r) {
    out.ordering = std::move(r.terms);
    out.ordering_unreadable = std::move(r.unreadable);
  }

  void read_meta_lists(const model_decl& m, model& out) {
    const source_file& file = *m.cls->file;
    const source_span at = m.meta ? m.meta->span : m.cls->span;
    if (ref v = meta_attribute(m, "ordering")) set_ordering(out, ordering_of(m, v, true));
    if (ref v = meta_attribute(m, "unique_together"))
      out.unique_together = together(v, "Meta.unique_together", file, at);
    if (ref v = meta_attribute(m, "index_together"))
      out.index_together = together(v, "Meta.index_together", file, at);
    if (ref v = meta_attribute(m, "indexes")) {
      if (v->what != object::kind::sequence) cannot(v, "Meta.indexes", file, at);
      for (const auto& item : v->items) out.indexes.push_back(index_of(item, m, file, at));
    }
    if (ref v = meta_attribute(m, "constraints")) {
      if (v->what != object::kind::sequence) cannot(v, "Meta.constraints", file, at);
      for (const auto& item : v->items) out.constraints.push_back(constraint_of(item, m, file, at));
    }
  }

  // GinIndex and its siblings: django.contrib.postgres.indexes.<name>, or null.
  static const contrib::postgres_index_class* postgres_index_of(const ref& callee) {
    const std::string_view path = callee->path;
    if (!path.starts_with("django.contrib.postgres.")) return nullptr;
    return contrib::postgres_index(last_part(path));
  }

  index_def index_of(const ref& v, const model_decl& m, const source_file& file, source_span at) {
    const bool call = v->what == object::kind::instance && v->callee && v->call &&
                      v->callee->what == object::kind::named;
    const contrib::postgres_index_class* postgres = call ? postgres_index_of(v->callee) : nullptr;
    if (!call || (!v->callee->path.ends_with(".Index") && !postgres))
      fail_in(v->file ? *v->file : file, v->file ? v->span : at, error_code::bad_schema,
              "Meta.indexes takes models.Index(...) and the index classes of "
              "django.contrib.postgres.indexes (GinIndex, GistIndex, BrinIndex, BTreeIndex, "
              "HashIndex, SpGistIndex)");
    const source_file& f = *v->file;
    index_def out;
    if (postgres) {
      out.method = std::string(postgres->method);
      for (const auto& p : postgres->parameters) {
        const auto kw = std::find_if(v->call->keywords.begin(), v->call->keywords.end(),
                                     [&](const auto& k) { return k.name == p.keyword; });
        if (kw == v->call->keywords.end()) continue;
        const ref value = py_.eval(kw->value, *v->where);
        if (value->what == object::kind::constant && value->val.is_null()) continue;
        const std::string what = fmt::format("{}({}=)", postgres->name, p.keyword);
        out.storage.push_back(
            p.boolean ? fmt::format("{} = {}", p.keyword,
                                    flag(value, what, f, kw->value.span) ? "on" : "off")
                      : fmt::format("{} = {}", p.keyword, whole(value, what, f, kw->value.span)));
      }
    }
    const auto storage_keyword = [&](std::string_view name) {
      if (!postgres) return false;
      return std::any_of(postgres->parameters.begin(), postgres->parameters.end(),
                         [&](const auto& p) { return p.keyword == name; });
    };
    for (std::size_t i = 1; i < v->call->items.size(); ++i)
      out.expressions.push_back(
          f.text.substr(v->call->items[i].span.offset, v->call->items[i].span.length));
    for (const auto& kw : v->call->keywords) {
      const ref value = py_.eval(kw.value, *v->where);
      const std::string what = fmt::format("Index({}=)", kw.name);
      if (kw.name == "fields")
        out.fields = names(value, what, f, kw.value.span);
      else if (kw.name == "name")
        out.name = substitute(text(value, what, f, kw.value.span), m);
      else if (kw.name == "opclasses")
        out.opclasses = names(value, what, f, kw.value.span);
      else if (kw.name == "condition")
        out.condition = source_text(value, f, kw.value.span);
      else if (kw.name == "include")
        out.include = names(value, what, f, kw.value.span);
      else if (kw.name != "db_tablespace" && !storage_keyword(kw.name))
        fail_in(f, kw.name_span, error_code::bad_schema,
                fmt::format("{}({}=) is not read",
                            postgres ? postgres->name : std::string_view("Index"), kw.name));
    }
    // Django's Index.__init__ raises ValueError for these.
    for (const auto& [asks, what] : {std::pair{!out.condition.empty(), "condition"},
                                     std::pair{!out.opclasses.empty(), "opclasses"},
                                     std::pair{!out.include.empty(), "include"}})
      if (asks && out.name.empty())
        fail_in(f, v->call->items.front().span, error_code::bad_schema,
                fmt::format("an index must be named to use {}, as in Django", what));
    return out;
  }

  constraint_def constraint_of(const ref& v, const model_decl& m, const source_file& file,
                               source_span at) {
    const bool call = v->what == object::kind::instance && v->callee && v->call &&
                      v->callee->what == object::kind::named;
    const std::string_view kind = call ? last_part(v->callee->path) : "";
    if (kind != "UniqueConstraint" && kind != "CheckConstraint")
      fail_in(
          v->file ? *v->file : file, v->file ? v->span : at, error_code::bad_schema,
          "Meta.constraints takes models.UniqueConstraint(...) and models.CheckConstraint(...)");
    const source_file& f = *v->file;
    constraint_def out;
    out.what =
        kind == "UniqueConstraint" ? constraint_def::kind::unique : constraint_def::kind::check;
    // Django 4.0's UniqueConstraint(Lower("name"), "site", name=...): Django 3.2 takes keywords
    // only, and dropping the expressions would leave a constraint on nothing.
    if (v->call->items.size() > 1)
      fail_in(f, v->call->items[1].span, error_code::bad_schema,
              fmt::format("{}() takes keyword arguments only in Django 3.2; positional "
                          "expressions are Django 4.0's and are not read",
                          kind));
    for (const auto& kw : v->call->keywords) {
      // Django 4.1's and 5.0's messages for model validation change no SQL.
      if (kw.name == "violation_error_message" || kw.name == "violation_error_code") continue;
      const ref value = py_.eval(kw.value, *v->where);
      const std::string what = fmt::format("{}({}=)", kind, kw.name);
      if (kw.name == "fields")
        out.fields = names(value, what, f, kw.value.span);
      else if (kw.name == "name")
        out.name = substitute(text(value, what, f, kw.value.span), m);
      else if (kw.name == "condition" || kw.name == "check")
        out.condition = source_text(value, f, kw.value.span);
      else if (kw.name == "include")
        out.include = names(value, what, f, kw.value.span);
      else if (kw.name == "opclasses")
        out.opclasses = names(value, what, f, kw.value.span);
      else if (kw.name == "deferrable") {
        if (value->what == object::kind::named && value->path.ends_with(".DEFERRED"))
          out.deferrable = constraint_def::deferral::deferred;
        else if (value->what == object::kind::named && value->path.ends_with(".IMMEDIATE"))
          out.deferrable = constraint_def::deferral::immediate;
        else if (!(value->what == object::kind::constant && value->val.is_null()))
          fail_in(f, kw.value.span, error_code::bad_schema,
                  "deferrable= takes models.Deferrable.DEFERRED or IMMEDIATE");
      } else {
        fail_in(f, kw.name_span, error_code::bad_schema,
                fmt::format("{}({}=) is not read", kind, kw.name));
      }
    }
    if (out.name.empty())
      fail_in(f, v->span, error_code::bad_schema, fmt::format("{} needs name=", kind));
    return out;
  }

  // The fields of `m`: its own, then those of its direct abstract bases (each with what it
  // inherited itself) in MRO order, unless a name is taken already; in creation order, as
  // Django sorts them. A proxy has none: its table is its base's.
  std::vector<const field_decl*> fields_of(const model_decl& m) const {
    std::vector<const field_decl*> out;
    if (m.proxy) return out;
    std::vector<std::string> taken;
    for (const auto& f : m.local_fields) {
      taken.push_back(f.name);
      out.push_back(&f);
    }
    for (const auto& r : m.removed) taken.push_back(r);
    for (const py_class* c : m.cls->mro) {
      const model_decl* d = decl_of(c);
      const bool direct = std::any_of(m.cls->bases.begin(), m.cls->bases.end(),
                                      [&](const ref& b) { return b->cls == c; });
      if (!d || !d->abstract || !direct) continue;
      for (const field_decl* f : fields_of(*d)) {
        if (std::find(taken.begin(), taken.end(), f->name) != taken.end()) continue;
        taken.push_back(f->name);
        out.push_back(f);
      }
    }
    std::stable_sort(out.begin(), out.end(), [](const field_decl* a, const field_decl* b) {
      return a->counter < b->counter;
    });
    return out;
  }

  void build(const model_decl& m, schema& out) {
    model& added = out.add_model(m.cls->name, m.app_label).get();
    const source_file& file = *m.cls->file;
    const source_span at = m.meta ? m.meta->span : m.cls->span;
    if (ref v = meta_attribute(m, "db_table")) added.db_table = text(v, "Meta.db_table", file, at);
    if (ref v = meta_attribute(m, "managed")) added.managed = flag(v, "Meta.managed", file, at);
    if (ref v = meta_attribute(m, "default_related_name"))
      added.default_related_name = substitute(text(v, "Meta.default_related_name", file, at), m);
    read_meta_lists(m, added);
    added.get_latest_by = inherited_latest_by(m);

    // Concrete parents: `<parent>_ptr`, unless a OneToOneField says parent_link=True.
    std::vector<field> links;
    std::string proxy_base;
    for (std::size_t i = 0; i < m.cls->bases.size(); ++i) {
      const ref& b = m.cls->bases[i];
      if (b->what != object::kind::klass) continue;
      const model_decl* parent = decl_of(b->cls);
      if (!parent || parent->abstract) continue;
      if (m.proxy) {
        if (proxy_base.empty()) {
          proxy_base = qualified(*parent);
          if (added.ordering.empty() && !meta_attribute(m, "ordering"))
            set_ordering(added, inherited_ordering(*parent));
        }
        continue;
      }
      const model_decl* concrete = parent;
      while (concrete->proxy) {
        const model_decl* next = nullptr;
        for (const auto& pb : concrete->cls->bases)
          if (pb->what == object::kind::klass && decl_of(pb->cls) && !decl_of(pb->cls)->abstract)
            next = decl_of(pb->cls);
        if (!next) break;
        concrete = next;
      }
      field link = fields::one_to_one(ascii_lower(concrete->cls->name) + "_ptr",
                                      qualified(*concrete), on_delete::cascade);
      link.parent_link = true;
      links.push_back(std::move(link));
      if (added.ordering.empty() && !meta_attribute(m, "ordering") && links.size() == 1)
        set_ordering(added, inherited_ordering(*parent));
    }
    if (m.proxy) {
      if (proxy_base.empty())
        fail_in(file, m.cls->span, error_code::bad_schema,
                fmt::format("proxy model {} has no non-abstract model base class", m.cls->name));
      added.proxy_for = proxy_base;
    }

    std::vector<field> own;
    for (const field_decl* d : fields_of(m)) own.push_back(build_field(*d, m));
    for (auto& link : links) {
      const auto explicit_link = std::find_if(own.begin(), own.end(), [&](const field& f) {
        return f.parent_link &&
               (f.target == link.target || last_part(f.target) == last_part(link.target));
      });
      if (explicit_link != own.end()) {
        link.name.clear();
        continue;
      }
    }
    links.erase(
        std::remove_if(links.begin(), links.end(), [](const field& f) { return f.name.empty(); }),
        links.end());
    const bool has_pk =
        std::any_of(own.begin(), own.end(), [](const field& f) { return f.primary_key; });
    if (!has_pk) {
      auto first_link =
          std::find_if(own.begin(), own.end(), [](const field& f) { return f.parent_link; });
      if (!links.empty())
        links.front().primary_key = true;
      else if (first_link != own.end())
        first_link->primary_key = true;
    }
    if (!has_pk && links.empty() &&
        std::none_of(own.begin(), own.end(), [](const field& f) { return f.parent_link; }) &&
        !m.proxy)
      added.fields.push_back(implicit_id(m));
    // Django creates the `<parent>_ptr` links in base order with decreasing auto-creation
    // counters, and sorts fields by counter: the last base's link comes first (class C(P1, P2):
    // p2_ptr, p1_ptr), while the first one stays the primary key.
    for (auto f = links.rbegin(); f != links.rend(); ++f) added.fields.push_back(std::move(*f));
    for (auto& f : own) added.fields.push_back(std::move(f));
    if (ref v = meta_attribute(m, "order_with_respect_to")) {
      (void)text(v, "Meta.order_with_respect_to", file, at);
      added.fields.push_back(fields::integer_field("_order"));
      if (added.ordering.empty()) added.ordering = {"_order"};
    }
    added.managers = managers_of(m);
    for (const auto& [d, mti] : generic_of(m))
      added.generic_relations.push_back(build_generic(*d, m, mti));
    added.constants = class_constants(*m.cls);
    for (auto& f : added.fields)
      if (f.type == field_type::many_to_many && f.through.empty()) f.link_id = implicit_id(m).type;
  }

  // Django's private fields: the model's own GenericRelations, then a copy of each model base's
  // (with what it inherited itself), in MRO order unless the name is taken. The copy of a
  // multi-table parent's has no reverse name (GenericRelation.mti_inherited); a proxy answers to
  // its concrete model's anyway.
  std::vector<std::pair<const field_decl*, bool>> generic_of(const model_decl& m) const {
    std::vector<std::pair<const field_decl*, bool>> out;
    std::vector<std::string> taken;
    for (const auto& g : m.generic) {
      taken.push_back(g.name);
      out.emplace_back(&g, false);
    }
    if (m.proxy) return out;
    for (const py_class* c : m.cls->mro) {
      const model_decl* d = decl_of(c);
      const bool direct = std::any_of(m.cls->bases.begin(), m.cls->bases.end(),
                                      [&](const ref& b) { return b->cls == c; });
      if (!d || !direct) continue;
      for (const auto& [g, mti] : generic_of(*d)) {
        if (std::find(taken.begin(), taken.end(), g->name) != taken.end()) continue;
        taken.push_back(g->name);
        out.emplace_back(g, mti || !d->abstract);
      }
    }
    return out;
  }

  // GenericRelation(to, object_id_field=, content_type_field=, for_concrete_model=,
  // related_query_name=); `mti`: a multi-table parent's, copied without its reverse name. A
  // class mapped by --field-type X=GenericRelation(...) takes the mapping's arguments first.
  generic_relation build_generic(const field_decl& d, const model_decl& m, bool mti) {
    const ref& v = d.instance;
    generic_relation g;
    g.name = d.name;
    const bool mapped = d.kind.mapping != nullptr;
    if (mapped) read_generic_call(g, *d.kind.mapping, *d.kind.mapping_scope, m, false);
    // A subclass's own keywords are its __init__'s business (which a mapping stands for).
    read_generic_call(g, *v->call, *v->where, m, mapped || v->callee->what == object::kind::klass);
    if (g.target.empty()) {
      const source_file& file = *v->where->file;
      const source_span at = v->call->items.front().span;
      if (!mapped && v->callee->what == object::kind::klass) {
        const std::string cls = v->callee->cls->module + "." + v->callee->cls->name;
        fail_in(file, at, error_code::bad_schema,
                fmt::format("GenericRelation '{}' names no model: its class {} may choose one in "
                            "its __init__, which sqlweave does not run; map it with --field-type "
                            "{}=GenericRelation(to=\"app.Model\", object_id_field=...)",
                            d.name, cls, cls));
      }
      fail_in(file, at, error_code::bad_schema,
              fmt::format("GenericRelation '{}' names no model: pass it first or as to=", d.name));
    }
    if (mti) g.related_query_name.clear();
    return g;
  }

  void read_generic_call(generic_relation& g, const expr& call, const scope& in,
                         const model_decl& m, bool other_keywords_skipped) {
    const source_file& file = *in.file;
    for (std::size_t i = 1; i < call.items.size(); ++i) {
      if (i > 1)
        fail_in(file, call.items[i].span, error_code::bad_schema,
                fmt::format("positional argument {} of GenericRelation is not read; pass it by "
                            "keyword",
                            i));
      g.target =
          target_of(py_.eval(call.items[i], in), "GenericRelation", m, file, call.items[i].span);
    }
    // Arguments that change no SQL, whatever they hold.
    static constexpr std::string_view skipped[] = {"verbose_name", "help_text", "limit_choices_to",
                                                   "blank",        "editable",  "related_name"};
    for (const auto& kw : call.keywords) {
      if (kw.name.empty())
        fail_in(file, kw.name_span, error_code::bad_schema,
                "**arguments to a field cannot be read; write the arguments out");
      const std::string what = fmt::format("GenericRelation({}=)", kw.name);
      if (std::find(std::begin(skipped), std::end(skipped), kw.name) != std::end(skipped)) continue;
      if (kw.name == "to")
        g.target = target_of(py_.eval(kw.value, in), "GenericRelation", m, file, kw.value.span);
      else if (kw.name == "object_id_field")
        g.object_id_field = text(py_.eval(kw.value, in), what, file, kw.value.span);
      else if (kw.name == "content_type_field")
        g.content_type_field = text(py_.eval(kw.value, in), what, file, kw.value.span);
      else if (kw.name == "for_concrete_model")
        g.for_concrete_model = flag(py_.eval(kw.value, in), what, file, kw.value.span);
      else if (kw.name == "related_query_name") {
        const ref value = py_.eval(kw.value, in);
        g.related_query_name = value->what == object::kind::constant && value->val.is_null()
                                   ? std::string()
                                   : substitute(text(value, what, file, kw.value.span), m);
      } else if (!other_keywords_skipped)
        fail_in(file, kw.name_span, error_code::bad_schema, fmt::format("{} is not read", what));
    }
  }

  // Django's implicit `id`: the app's default_auto_field, else settings.DEFAULT_AUTO_FIELD.
  field implicit_id(const model_decl& m) {
    std::string path;
    for (const auto& app : apps_)
      if (app.label == m.app_label && !app.default_auto_field.empty())
        path = app.default_auto_field;
    if (path.empty()) {
      const ref v = py_.setting("DEFAULT_AUTO_FIELD");
      path = text(v, "settings.DEFAULT_AUTO_FIELD", *m.cls->file, m.cls->span);
    }
    const auto type = field_type_from_name(last_part(path));
    if (!type || !fields::make("id", *type).is_auto())
      fail_in(*m.cls->file, m.cls->span, error_code::bad_schema,
              fmt::format("DEFAULT_AUTO_FIELD '{}' is not AutoField, BigAutoField or "
                          "SmallAutoField",
                          path));
    field id = fields::make("id", *type);
    id.primary_key = true;
    return id;
  }

  // Meta.ordering as Django's ModelBase leaves it: a model whose Meta does not set it takes
  // its first non-abstract parent's (a proxy's or a multi-table child's), through any depth.
  ordering_reading inherited_ordering(const model_decl& m) {
    if (ref v = meta_attribute(m, "ordering")) return ordering_of(m, v, false);
    for (const auto& b : m.cls->bases) {
      if (b->what != object::kind::klass) continue;
      const model_decl* parent = decl_of(b->cls);
      if (parent && !parent->abstract) return inherited_ordering(*parent);
    }
    return {};
  }

  // Meta.get_latest_by as Django's ModelBase leaves it: a string or a list of names; a model
  // whose Meta does not set it takes its parent's, unless an abstract model comes first in its
  // bases (Django reads the first `_meta` along the MRO, and inherits only a concrete one's).
  std::optional<std::vector<std::string>> inherited_latest_by(const model_decl& m) {
    if (ref v = meta_attribute(m, "get_latest_by")) {
      const source_file& file = *m.cls->file;
      const source_span at = m.meta ? m.meta->span : m.cls->span;
      if (v->what == object::kind::constant && v->val.kind() == value_kind::null)
        return std::nullopt;
      if (v->what == object::kind::sequence) return names(v, "Meta.get_latest_by", file, at);
      return std::vector<std::string>{text(v, "Meta.get_latest_by", file, at)};
    }
    for (const auto& b : m.cls->bases) {
      if (b->what != object::kind::klass) continue;
      const model_decl* parent = decl_of(b->cls);
      if (!parent) continue;
      if (parent->abstract) return std::nullopt;
      return inherited_latest_by(*parent);
    }
    return std::nullopt;
  }

  const std::vector<app_entry>& apps_;
  interpreter py_;
  const models_options& options_;
  std::unordered_map<const py_class*, std::unique_ptr<model_decl>> decls_;
  std::vector<model_decl*> registered_;
  std::set<std::string, std::less<>> replacing_labels_;  // labels of the trees' apps with models
  std::vector<std::shared_ptr<const source_file>> mapping_files_;
  std::vector<std::unique_ptr<python::statement>> init_statements_;  // their keywords' source
  std::vector<mapping> mappings_;
};

}  // namespace

void read_apps(const std::vector<app_entry>& apps,
               const std::function<const source_file*(std::string_view)>& find_module,
               const models_options& options, schema& out, std::vector<std::string>& warnings) {
  model_reader reader(apps, find_module, options, warnings);
  try {
    reader.run(out);
  } catch (file_error& e) {
    // An error in a --field-type text outlives the reader that holds that text.
    e.keep = reader.file_of_mapping(e.file);
    throw;
  }
}

}  // namespace sqlweave::grammar

namespace sqlweave {

void parse_models(std::string_view text, const models_options& options, schema& out) {
  grammar::source_file file;
  file.module = "models";
  file.path = "models.py";
  file.text = std::string(text);
  std::vector<grammar::app_entry> apps{{options.app, "", "models"}};
  contrib::add_apps(apps, options);
  std::vector<std::string> warnings;
  try {
    grammar::read_apps(
        apps,
        [&](std::string_view dotted) -> const grammar::source_file* {
          return dotted == "models" ? &file : contrib::find(dotted);
        },
        options, out, warnings);
  } catch (const grammar::file_error& e) {
    throw e.err;  // one file: spans are offsets into `text`
  }
  for (auto& w : warnings) out.add_warning(std::move(w));
}

}  // namespace sqlweave
