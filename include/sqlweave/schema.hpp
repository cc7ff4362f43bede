// SPDX-License-Identifier: MIT
// Models, fields and relations with Django's naming rules. Built in C++ or read from models.py;
// `finalize()` resolves references and precomputes every name the resolver looks up.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sqlweave/error.hpp"
#include "sqlweave/value.hpp"

namespace sqlweave {

/// Hash for maps keyed by std::string that are searched with std::string_view (no allocation).
struct string_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <class T>
using name_map = std::unordered_map<std::string, T, string_hash, std::equal_to<>>;

enum class field_type : std::uint8_t {
  auto_field,
  big_auto_field,
  char_field,
  text_field,
  email_field,
  slug_field,
  url_field,
  integer_field,
  big_integer_field,
  small_integer_field,
  positive_integer_field,
  float_field,
  decimal_field,
  boolean_field,
  date_field,
  datetime_field,
  time_field,
  uuid_field,
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
  uuid
};

enum class on_delete : std::uint8_t {
  cascade,
  protect,
  restrict,
  set_null,
  set_default,
  do_nothing
};

/// Django's class name of a field type: `CharField`.
std::string_view to_string(field_type t);
std::optional<field_type> field_type_from_name(std::string_view django_name);

/// One field as declared: `field{"title", field_type::char_field}.max_len(200)`.
struct field {
  std::string name;
  field_type type = field_type::char_field;
  bool null = false;
  bool primary_key = false;
  bool unique = false;
  bool db_index = false;
  std::string db_column;  // empty: Django's default (name, or name_id for FKs)
  std::optional<value> default_value;
  int max_length = 0;
  int max_digits = 0;
  int decimal_places = 0;
  // Relations (foreign_key, one_to_one, many_to_many).
  std::string target;        // model name, or "self"
  std::string related_name;  // empty: <model>_set / <model> in lookups
  std::string through;       // explicit M2M through model
  std::string m2m_table;     // empty: <table>_<field>
  sqlweave::on_delete on_delete = sqlweave::on_delete::cascade;

  // Filled by schema::finalize().
  std::string column;  // resolved column name
  int target_model = -1;
  int target_field = -1;  // the primary key of target_model

  bool is_relation() const { return type >= field_type::foreign_key; }
  bool is_forward_single() const {
    return type == field_type::foreign_key || type == field_type::one_to_one;
  }
  bool is_auto() const {
    return type == field_type::auto_field || type == field_type::big_auto_field;
  }
};

/// The value class of a concrete (non-relation) field type.
type_class class_of(field_type t);

/// A step from one model to another, precomputed for every relation in both directions.
struct relation {
  enum class kind : std::uint8_t { forward, reverse, m2m };
  kind how = kind::forward;
  int from_model = -1;
  int to_model = -1;
  int field_index = -1;       // the declaring field (on from_model for forward/m2m-forward)
  bool nullable = false;      // a forward FK with null=True; reverse and M2M always
  bool multi_valued = false;  // reverse FK and M2M: a row may repeat per partner
  // forward/reverse: from.from_column = to.to_column
  std::string from_column;
  std::string to_column;
  // m2m: from.pk = link.link_from_column, link.link_to_column = to.pk
  std::string link_table;
  std::string link_from_column;
  std::string link_to_column;
  int link_model = -1;  // explicit through model, else -1
};

/// What a name means on a model: a concrete field (incl. the `<fk>_id` attname and `pk`), or a
/// relation to follow.
struct member {
  enum class kind : std::uint8_t { column, relation };
  kind what = kind::column;
  int index = -1;  // field index for columns, relation index for relations
};

struct model {
  std::string name;
  std::string app_label;
  std::string db_table;  // empty before finalize: <app>_<name lowercased>
  std::vector<field> fields;
  std::vector<std::string> ordering;  // Meta.ordering: "-placed", "id"
  std::vector<std::vector<std::string>> unique_together;

  // Filled by schema::finalize().
  int pk = -1;
  std::vector<int> columns;    // concrete columns in declaration order (FKs included)
  std::vector<int> relations;  // indexes into schema::relations() leaving this model
  name_map<member> members;

  const field& pk_field() const { return fields[static_cast<std::size_t>(pk)]; }
  const member* find(std::string_view name) const;
  /// Every name `find` accepts, for "did you mean".
  std::vector<std::string_view> member_names() const;

  model& add(field f);
};

/// Options for reading a models.py.
struct models_options {
  std::string app;  // default app label; Meta.app_label wins
};

/// A set of models. Immutable once finalized; share it freely between threads.
class schema {
 public:
  schema() = default;

  /// Reads the models.py subset of DESIGN.md section 4 (implemented in grammar/).
  static schema from_models_source(std::string_view source, const models_options& options = {});
  static schema from_models_file(const std::string& path, const models_options& options = {});

  /// Declares a model; call finalize() after the last one.
  model& add_model(std::string name, std::string app_label = {});
  /// Resolves targets, columns, tables, reverse relations; throws error(bad_schema).
  void finalize();

  const std::vector<model>& models() const { return models_; }
  const std::vector<relation>& relations() const { return relations_; }
  const model& at(int index) const { return models_[static_cast<std::size_t>(index)]; }
  const relation& rel(int index) const { return relations_[static_cast<std::size_t>(index)]; }
  int find_model(std::string_view name) const;  // -1 when absent
  /// Throws error(unknown_model) with a suggestion.
  int model_index(std::string_view name, source_span span) const;

 private:
  std::vector<model> models_;
  std::vector<relation> relations_;
  name_map<int> by_name_;
};

}  // namespace sqlweave
