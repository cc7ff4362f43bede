// SPDX-License-Identifier: MIT
// Models, fields and relations with Django's naming rules. Built in C++ or read from models.py;
// `finalize()` resolves references and precomputes every name the resolver looks up.
//
//   schema s;
//   s.add_model("Author", "library").add(fields::char_field("name", 100));
//   s.add_model("Book", "library")
//       .add(fields::char_field("title", 200))
//       .add(fields::foreign_key("author", "Author", on_delete::cascade));
//   s.finalize();
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sqlweave/error.hpp"
#include "sqlweave/value.hpp"

namespace sqlweave {

namespace ast {
struct query;
struct node;
using expr = std::shared_ptr<const node>;
}  // namespace ast
namespace detail {
struct precomputed;
}

/// Hash for maps keyed by std::string that are searched with std::string_view (no allocation).
struct string_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <class T>
using name_map = std::unordered_map<std::string, T, string_hash, std::equal_to<>>;

namespace detail {

/// A name_map copied into a flat table for lookups that are many while the names stay fixed
/// (schema::finalize() fills them): open addressing on a hash of the name's length and first,
/// second and last bytes, so that a lookup hashes no whole string and follows no list.
template <class T>
class name_index {
 public:
  void assign(const name_map<T>& from) {
    std::size_t size = 4;
    while (size < 2 * from.size()) size *= 2;
    slots_.assign(size, {});
    mask_ = size - 1;
    for (const auto& [name, v] : from) {
      std::size_t i = hash(name) & mask_;
      while (slots_[i].used) i = (i + 1) & mask_;
      slots_[i] = {name, v, true};
    }
  }
  void clear() { slots_.clear(); }
  bool empty() const { return slots_.empty(); }
  /// The value of `name`; null when absent.
  const T* find(std::string_view name) const {
    for (std::size_t i = hash(name) & mask_;; i = (i + 1) & mask_) {
      const slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.name == name) return &s.value;
    }
  }

 private:
  struct slot {
    std::string name;
    T value{};
    bool used = false;
  };
  static std::size_t hash(std::string_view name) {
    if (name.empty()) return 0;
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(name[i]); };
    const std::size_t h = name.size() ^ (byte(0) << 5) ^ (byte(name.size() / 2) << 10) ^
                          (byte(name.size() - 1) << 15);
    return h ^ (h >> 7) ^ (h >> 13);
  }
  std::vector<slot> slots_;  // at most half full, so a search ends at an unused slot
  std::size_t mask_ = 0;
};

}  // namespace detail

/// Every field class of Django 3.2's django.db.models, then those of django.contrib.postgres
/// (postgres_only()). Relations come last (is_relation()).
enum class field_type : std::uint8_t {
  auto_field,
  big_auto_field,
  small_auto_field,
  char_field,
  text_field,
  email_field,
  slug_field,
  url_field,
  file_field,
  image_field,
  file_path_field,
  generic_ip_address_field,
  integer_field,
  big_integer_field,
  small_integer_field,
  positive_integer_field,
  positive_big_integer_field,
  positive_small_integer_field,
  float_field,
  decimal_field,
  boolean_field,
  null_boolean_field,
  date_field,
  datetime_field,
  time_field,
  duration_field,
  uuid_field,
  binary_field,
  json_field,
  array_field,  // django.contrib.postgres.fields: ArrayField(base_field, size=None)
  hstore_field,
  ci_char_field,
  ci_email_field,
  ci_text_field,
  integer_range_field,
  big_integer_range_field,
  decimal_range_field,
  date_range_field,
  datetime_range_field,
  search_vector_field,  // django.contrib.postgres.search
  foreign_key,
  one_to_one,
  many_to_many,
};

/// How a field's values behave in expressions and lookups.
enum class type_class : std::uint8_t {
  integer,
  real,
  decimal,
  text,
  boolean,
  date,
  datetime,
  time,
  uuid,
  duration,
  json,
  bytes,
  /// A django.contrib.postgres value with no counterpart elsewhere: an array, an hstore, a
  /// range or a tsvector.
  postgres,
};

enum class on_delete : std::uint8_t {
  cascade,
  protect,
  restrict,
  set_null,
  set_default,
  set,  // SET(value) or SET(callable): field::on_delete_value / on_delete_callable
  do_nothing
};

/// Django's class name of a field type: `CharField`.
std::string_view to_string(field_type t);
std::optional<field_type> field_type_from_name(std::string_view django_name);
/// Whether `t` is a field class of django.contrib.postgres, which Django runs on PostgreSQL only.
bool postgres_only(field_type t);

/// One field as declared. Build it with the factories in `fields::` and adjust members:
/// `auto f = fields::char_field("email", 254); f.null = true;`
struct field {
  std::string name;
  field_type type = field_type::char_field;
  bool null = false;
  bool blank = false;  // no SQL of its own; migrations fill blank text fields with ''
  bool primary_key = false;
  bool unique = false;
  bool db_index = false;  // Django's field.db_index: fields::make sets its class's default
  std::string db_column;  // empty: Django's default (name, or name_id for FKs)
  std::optional<value> default_value;
  int max_length = 0;
  /// A CharField without max_length as Django 4.2 allows it (models_options::
  /// unlimited_charfield): `varchar` on PostgreSQL; DDL for another database is an error.
  bool unlimited_length = false;
  int max_digits = 0;
  int decimal_places = 0;
  /// ArrayField: its base_field (one element) and size (0: none).
  std::vector<field> base_field;
  int array_size = 0;
  // Relations (foreign_key, one_to_one, many_to_many).
  std::string target;              // model name, `app.Model`, or "self"
  std::string to_field;            // FK target column's field; empty: the target's primary key
  std::string related_name;        // empty: <model>_set / <model> in lookups
  std::string related_query_name;  // empty: related_name, else <model>
  std::string through;             // explicit M2M through model
  /// `through_fields=("event", "invitee")`: the through model's FK to the declaring model, then
  /// the one to the target; empty: Django's search (the only FK to each side).
  std::vector<std::string> through_fields;
  /// `symmetrical=`; unset: Django's default, true for `ManyToManyField("self")`. A symmetrical
  /// self relation has no reverse accessor (Django names it `<field>_rel_+`).
  std::optional<bool> symmetrical;
  std::string m2m_table;  // empty: <table>_<field>
  /// The `id` of the link table Django creates for an M2M without `through`: an auto field of
  /// the declaring model's app (its AppConfig.default_auto_field, else DEFAULT_AUTO_FIELD).
  field_type link_id = field_type::auto_field;
  bool db_constraint = true;  // false: no FOREIGN KEY constraint in the DDL
  bool parent_link = false;   // the `<parent>_ptr` one-to-one of multi-table inheritance
  sqlweave::on_delete on_delete = sqlweave::on_delete::cascade;
  /// on_delete=SET(...): the constant the referencing rows get, or the name of the callable
  /// that computes it (Python's to run: a delete() reaching it is refused, naming it).
  std::optional<value> on_delete_value;
  std::string on_delete_callable;
  /// `path:line:column` of the declaration in a models.py, for errors found after loading.
  std::string declared_at;

  // Filled by schema::finalize().
  std::string column;  // resolved column name
  int target_model = -1;
  int target_field = -1;  // to_field on target_model, else its primary key
  /// A many_to_many without `through`: the model Django creates for its link table.
  int auto_through = -1;

  bool is_relation() const { return type >= field_type::foreign_key; }
  bool is_forward_single() const {
    return type == field_type::foreign_key || type == field_type::one_to_one;
  }
  bool is_auto() const {
    return type == field_type::auto_field || type == field_type::big_auto_field ||
           type == field_type::small_auto_field;
  }
};

/// Field factories with Django's defaults, so C++ schemas need no aggregate initialisation.
namespace fields {
/// A field of `type` with its class's db_index (True for ForeignKey, OneToOneField, SlugField).
field make(std::string name, field_type type);
/// CharField(max_length=...)
field char_field(std::string name, int max_length);
field text_field(std::string name);
field integer_field(std::string name);
field boolean_field(std::string name);
/// DecimalField(max_digits=..., decimal_places=...)
field decimal_field(std::string name, int max_digits, int decimal_places);
field float_field(std::string name);
field date_field(std::string name);
field datetime_field(std::string name);
/// ForeignKey(target, on_delete=...)
field foreign_key(std::string name, std::string target, sqlweave::on_delete action);
field one_to_one(std::string name, std::string target, sqlweave::on_delete action);
field many_to_many(std::string name, std::string target);
}  // namespace fields

/// The value class of a concrete (non-relation) field type.
type_class class_of(field_type t);

/// A step from one model to another, precomputed for every relation in both directions.
struct relation {
  /// generic: a GenericRelation, from its model to the model holding the GenericForeignKey (one
  /// to many); generic_reverse: back along it, named by its related_query_name.
  enum class kind : std::uint8_t { forward, reverse, m2m, generic, generic_reverse };
  kind how = kind::forward;
  int from_model = -1;
  int to_model = -1;
  int field_index = -1;       // the declaring field (on from_model for forward/m2m-forward)
  bool nullable = false;      // a forward FK with null=True; reverse and M2M always
  bool multi_valued = false;  // reverse FK and M2M: a row may repeat per partner
  // forward/reverse: from.from_column = to.to_column
  std::string from_column;
  std::string to_column;
  // m2m: from.<from_column> = link.link_from_column, link.link_to_column = to.<to_column>
  std::string link_table;
  std::string link_from_column;
  std::string link_to_column;
  int link_model = -1;  // explicit through model, else -1
  // generic, generic_reverse: the join also requires the GenericForeignKey's content type column
  // (on the generic side: to_model for generic, from_model for generic_reverse) to hold the id
  // of the content type (content_type_app, content_type_name) of the GenericRelation's model.
  std::string content_type_column;
  int content_type_field = -1;  // that column's ForeignKey on the generic side
  std::string content_type_app;
  std::string content_type_name;  // ContentType.model: the model's name lower case
};

/// What a name means on a model: a concrete field (incl. the `<fk>_id` attname and `pk`), a
/// relation to follow, or a field a multi-table inheritance parent holds.
struct member {
  enum class kind : std::uint8_t { column, relation, inherited };
  kind what = kind::column;
  int index = -1;  // column: field index; relation: relation index; inherited: see `via`
  int via = -1;    // inherited: the relation to the parent (its `<parent>_ptr`), whose model
                   // resolves the same name again
};

/// `tags = GenericRelation(TaggedItem)`: the reverse of a GenericForeignKey. No column of its
/// own; lookups join `<target>.<object_id_field> = pk` and the content type of the model.
struct generic_relation {
  std::string name;
  std::string target;  // model name, `app.Model`, or "self"
  std::string object_id_field = "object_id";
  std::string content_type_field = "content_type";
  /// The reverse lookup name on the target; empty: none (Django's GenericRel is then hidden).
  std::string related_query_name;
  /// false: the content type of a proxy model itself rather than of its concrete model.
  bool for_concrete_model = true;
  // Filled by schema::finalize().
  int target_model = -1;
};

/// `Meta.indexes` entry or an `index_together` group, as Django's schema editor creates it.
struct index_def {
  std::string name;                      // empty: Django's generated name
  std::vector<std::string> fields;       // field names; "-name" for descending
  std::vector<std::string> opclasses;    // PostgreSQL operator classes, one per field
  std::string condition;                 // a Q(...) in query syntax for a partial index, or empty
  std::vector<std::string> expressions;  // expression indexes, in query syntax (Lower("title"))
  std::vector<std::string> include;      // Index(include=...): non-key fields, PostgreSQL's INCLUDE
  /// A django.contrib.postgres index's access method (`gin`, `gist`, `brin`, `btree`, `hash`,
  /// `spgist`), PostgreSQL only; empty: models.Index.
  std::string method;
  /// Its storage parameters as Django writes them in WITH (...): "fastupdate = off".
  std::vector<std::string> storage;
};

/// `Meta.constraints` entry.
struct constraint_def {
  enum class kind : std::uint8_t { unique, check };
  enum class deferral : std::uint8_t { none, deferred, immediate };
  kind what = kind::unique;
  std::string name;
  std::vector<std::string> fields;  // unique
  std::string condition;            // unique: partial condition; check: the check, as Q(...)
  deferral deferrable = deferral::none;
  std::vector<std::string> include;    // UniqueConstraint(include=...)
  std::vector<std::string> opclasses;  // UniqueConstraint(opclasses=...)
};

/// A parameter of a manager method, after `self`, as finalize() reads manager_method's text.
struct method_parameter {
  std::string name;
  int stars = 0;  // 1: *args, 2: **kwargs
  std::optional<value> default_value;
};

/// A method of a manager's class or of its QuerySet class, called in a chain:
/// `def by_author(self, name): return self.filter(author__name=name)` as
/// `Book.objects.by_author("Ann")`.
struct manager_method {
  std::string name;
  /// After `self`: `name`, `name=<literal>` (its default, as query syntax writes it), `*args`,
  /// `**kwargs`.
  std::vector<std::string> parameters;
  /// The steps its body returns, in query syntax, its parameters as `:name`:
  /// ".filter(author__name=:name)".
  std::string chain;
  /// Why its body cannot be followed; calling it is then an error saying so.
  std::string unreadable;
  /// `Model.<manager>.<name>()`: a method of the manager's class, or one Django copies onto it
  /// from its QuerySet class (no leading underscore unless `queryset_only = False`).
  bool on_manager = true;
  /// After another method (`.filter(...).<name>()`): a method of its QuerySet class.
  bool on_queryset = false;
  /// Made by schema::finalize(): `parameters` read, `chain` parsed.
  std::vector<method_parameter> parsed_parameters;
  std::shared_ptr<const ast::query> steps;
};

/// A manager: `in_print = InPrintManager()`, whose get_queryset() is
/// `super().get_queryset().filter(in_print=True)`.
struct manager {
  std::string name;   // in_print
  std::string chain;  // ".filter(in_print=True)": the steps in query syntax; empty: all rows
  /// Why its get_queryset() could not be read; a queryset through it is then an error.
  std::string unreadable;
  /// `chain` parsed by schema::finalize(); the resolver applies its steps first.
  std::shared_ptr<const ast::query> steps;
  /// The methods of its class and of its QuerySet class, in declaration order.
  std::vector<manager_method> methods;
  /// The method `name` callable at the start of a chain (`first`) or after another method.
  const manager_method* find_method(std::string_view name, bool first) const;
};

/// A class attribute of a model that query text may name: `Book.RENTED`, `Book.Status.RENTED`
/// (a TextChoices/IntegerChoices member is its value).
struct model_constant {
  std::string name;  // "RENTED", "Status.RENTED"
  std::string text;  // its value as query syntax writes it: "'r'", "3", "(1, 2)"
  /// `text` parsed by schema::finalize(): a literal, or a list of literals for a tuple.
  ast::expr value;
};

struct model {
  std::string name;
  std::string app_label;
  std::string db_table;  // empty before finalize: <app>_<name lowercased>
  std::vector<field> fields;
  std::vector<generic_relation> generic_relations;  // no columns: joins only
  /// Meta.ordering: field names ("-placed", "id", "?") and expressions as query syntax writes
  /// them, told apart by their parenthesis ("Lower('name').desc(nulls_last=True)").
  std::vector<std::string> ordering;
  /// Why Meta.ordering cannot be applied (an expression sqlweave cannot write); `ordering` is
  /// then empty and a queryset applying the default ordering is an error saying so.
  std::string ordering_unreadable;
  /// `ordering` parsed by schema::finalize() as the arguments of one order_by().
  std::shared_ptr<const ast::query> ordering_terms;
  /// Meta.get_latest_by, what earliest()/latest() order by without arguments ("-placed" in a
  /// list of one when Meta gives a string); none: not set (nor inherited), so they need fields.
  std::optional<std::vector<std::string>> get_latest_by;
  std::vector<std::vector<std::string>> unique_together;
  std::vector<std::vector<std::string>> index_together;
  std::vector<index_def> indexes;
  std::vector<constraint_def> constraints;
  bool managed = true;    // false: no DDL
  std::string proxy_for;  // a proxy model: the concrete model whose table it uses
  std::string default_related_name;
  /// Its managers, the default one first (Django's Options.managers order after it). None
  /// declared: Django's automatic `objects`, a plain manager.
  std::vector<manager> managers;
  /// Its class-level constants and those of its bases, in declaration order.
  std::vector<model_constant> constants;
  /// The through model Django creates for a ManyToManyField without `through=` (`Book_tags`:
  /// `id`, `book`, `tag`); made by schema::finalize(), reached only as `Book.tags.through`.
  bool auto_created = false;

  // Filled by schema::finalize().
  int pk = -1;
  std::vector<int> columns;    // concrete columns in declaration order (FKs included)
  std::vector<int> relations;  // indexes into schema::relations() leaving this model
  std::vector<int>
      parents;        // MTI: the parent_link fields, in base order (Django's Options.parents)
  int concrete = -1;  // the model whose table this one reads (itself unless a proxy)
  name_map<member> members;
  detail::name_index<member> member_index;  // `members` for find(), made by finalize()

  const field& pk_field() const { return fields[static_cast<std::size_t>(pk)]; }
  const member* find(std::string_view name) const;
  /// Every name `find` accepts, for "did you mean".
  std::vector<std::string_view> member_names() const;
  bool is_proxy() const { return !proxy_for.empty(); }
  /// The manager `Model.<name>` means, the default one for an empty name and for
  /// `_default_manager`; null when the model has none of that name.
  const manager* find_manager(std::string_view name) const;
  /// The constant `Model.<name>` means, or null.
  const model_constant* find_constant(std::string_view name) const;
};

/// The attribute Django puts on the target of `fd`, a relation field of `declaring`, for its
/// reverse side (get_accessor_name()): related_name (Meta.default_related_name once finalized),
/// else `<model>_set`, `<model>` for a one-to-one; empty when Django sets none (a related_name
/// ending in '+', a symmetrical self M2M).
std::string reverse_accessor(const model& declaring, const field& fd);

/// The name lookups give that reverse side (related_query_name()): related_query_name, else
/// related_name, else `<model>`; a name ending in '+' is hidden (no lookup reaches it).
std::string reverse_query_name(const model& declaring, const field& fd);

/// Options for reading models.py files and project trees (DESIGN.md section 4).
struct models_options {
  /// A lone models.py's app label (Meta.app_label wins); in trees, the app whose model a name
  /// shared by several apps means.
  std::string app{};
  /// `NAME=VALUE`: what `settings.NAME` reads; VALUE is a Python literal or else plain text.
  std::vector<std::string> settings{};
  /// `dotted.path.Class=CharField(max_length=40)`: a third-party field class as a Django one,
  /// or `=object` for a third-party base class that adds no fields.
  std::vector<std::string> field_types{};
  /// django.contrib apps whose models are in the schema even when no model relates to them:
  /// "auth", "contenttypes", "sessions", "sites", "admin", "flatpages", "redirects".
  std::vector<std::string> contrib{};
  /// A CharField without max_length is Django 4.2's unlimited `varchar` (PostgreSQL only)
  /// rather than Django 3.2's error fields.E120.
  bool unlimited_charfield = false;
};

class schema;

/// A model being declared: stays valid while more models are added (it holds an index).
class model_builder {
 public:
  model_builder(schema& s, int index) : s_(&s), index_(index) {}
  model_builder& add(field f);
  model& get() const;
  int index() const { return index_; }

 private:
  schema* s_;
  int index_;
};

/// A set of models. Immutable once finalized; share it freely between threads.
class schema {
 public:
  schema() = default;

  /// Reads one models.py (implemented in grammar/). Errors point into `source`.
  static schema from_models_source(std::string_view source, const models_options& options = {});
  static schema from_models_file(const std::string& path, const models_options& options = {});
  /// What `--schema` takes, each PATH once or more (DESIGN.md section 4): a models.py, or a
  /// directory holding Django apps (every package with a models.py or models/). Trees act as
  /// entries of Python's path. Throws source_error for an error inside a file.
  ///   auto s = schema::load({"src/", "vendor/"}, {.settings = {"AUTH_USER_MODEL=accounts.User"}});
  static schema load(const std::vector<std::string>& paths, const models_options& options = {});

  /// Declares a model; call finalize() after the last one.
  model_builder add_model(std::string name, std::string app_label = {});
  /// Resolves targets, columns, tables, reverse relations; throws error(bad_schema).
  void finalize();

  /// The declared models; the auto-created through models follow them, reached by at().
  std::span<const model> models() const { return {models_.data(), declared_}; }
  const std::vector<relation>& relations() const { return relations_; }
  const model& at(int index) const { return models_[static_cast<std::size_t>(index)]; }
  model& at(int index) { return models_[static_cast<std::size_t>(index)]; }
  const relation& rel(int index) const { return relations_[static_cast<std::size_t>(index)]; }
  /// `Book` (unique across apps, or in the preferred app) or `library.Book`; -1 when absent
  /// or ambiguous.
  int find_model(std::string_view name) const;
  /// Throws error(unknown_model) with a suggestion, or listing the `app.Model` candidates.
  int model_index(std::string_view name, source_span span) const;
  /// The app whose model a bare name shared by several apps means (`--app`).
  void prefer_app(std::string app) { preferred_app_ = std::move(app); }

  /// What reading the models skipped and why (a manager it cannot read, an `if` it cannot tell).
  const std::vector<std::string>& warnings() const { return warnings_; }
  void add_warning(std::string w) { warnings_.push_back(std::move(w)); }

  /// What finalize() prepared for every compile (quoted names, result descriptions); null
  /// before it. Shared by copies, which have the same models.
  const detail::precomputed* precomputed() const { return precomputed_.get(); }

 private:
  std::vector<model> models_;
  std::size_t declared_ = 0;  // models_ holds the declared models, then the auto-created ones
  std::vector<relation> relations_;
  name_map<int> by_name_;               // bare names; -2 when several apps have one
  detail::name_index<int> name_index_;  // by_name_ for find_model(), made by finalize()
  name_map<int> by_label_;  // `app.model`, the model part lower case as Django looks it up
  std::string preferred_app_;
  std::vector<std::string> warnings_;
  std::shared_ptr<const detail::precomputed> precomputed_;
};

/// An error inside one file of a schema: renders with that file's path, line, column and caret.
/// schema::load() also throws it, with no file, for a failure after reading gave warnings.
class source_error : public error {
 public:
  source_error(const error& e, std::string path, std::string text,
               std::vector<std::string> warnings = {})
      : error(e), path_(std::move(path)), text_(std::move(text)), warnings_(std::move(warnings)) {}
  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  /// The warnings reading the schema gave before it failed, as schema::warnings() holds them.
  const std::vector<std::string>& warnings() const { return warnings_; }
  /// `error[bad_schema]: ...\n --> shop/models.py:4:19\n  | <line>\n  | ^^^`
  std::string render() const { return error::render(text_, path_); }

 private:
  std::string path_;
  std::string text_;
  std::vector<std::string> warnings_;
};

}  // namespace sqlweave
