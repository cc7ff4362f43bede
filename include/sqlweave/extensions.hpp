// SPDX-License-Identifier: MIT
// Functions, transforms and lookups a program adds, as Django projects add Func, Transform and
// Lookup classes: trusted SQL templates, the only way (with RawSQL and Func in query text) a
// program's own SQL text enters a statement. Values still travel as parameters.
//
//   sqlweave::extensions ext;
//   sqlweave::function_template soundex("Soundex", "SOUNDEX(%(expressions)s)");
//   soundex.min_args = soundex.max_args = 1;
//   soundex.output = sqlweave::field_type::char_field;
//   ext.add_function(soundex);
//   ext.add_transform({"unaccent", "UNACCENT(%(expressions)s)"});
//   ext.add_lookup({"ne", "%(lhs)s <> %(rhs)s"});
//   sqlweave::compile_options options;
//   options.ext = &ext;
//   auto c = sqlweave::compile(schema, query, sqlweave::dialect_id::postgresql, options);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sqlweave/schema.hpp"

namespace sqlweave {

/// A function: `%(function)s`, `%(expressions)s` (the arguments joined by `arg_joiner`) in `sql`.
struct function_template {
  function_template(std::string name_, std::string sql_)
      : name(std::move(name_)), sql(std::move(sql_)) {}
  std::string name;
  std::string sql;       // e.g. "%(function)s(%(expressions)s)"
  std::string function;  // the text of %(function)s; empty: the name, upper-cased
  std::string arg_joiner = ", ";
  int min_args = 0;
  int max_args = 64;
  std::optional<field_type> output;  // empty: the arguments' common type
};

/// A transform, `name__unaccent__icontains`: `%(expressions)s` is the field it follows.
struct transform_template {
  transform_template(std::string name_, std::string sql_, std::optional<field_type> output_ = {})
      : name(std::move(name_)), sql(std::move(sql_)), output(output_) {}
  std::string name;
  std::string sql;
  std::optional<field_type> output;  // empty: the field's own
};

/// A lookup, `price__ne=5`: `%(lhs)s` the field side, `%(rhs)s` the value (a parameter).
struct lookup_template {
  lookup_template(std::string name_, std::string sql_)
      : name(std::move(name_)), sql(std::move(sql_)) {}
  std::string name;
  std::string sql;
};

class extensions {
 public:
  void add_function(function_template f) { functions_.push_back(std::move(f)); }
  void add_transform(transform_template t) { transforms_.push_back(std::move(t)); }
  void add_lookup(lookup_template l) { lookups_.push_back(std::move(l)); }

  const function_template* function(std::string_view name) const;
  const transform_template* transform(std::string_view name) const;
  const lookup_template* lookup(std::string_view name) const;
  const std::vector<function_template>& functions() const { return functions_; }
  const std::vector<transform_template>& transforms() const { return transforms_; }
  const std::vector<lookup_template>& lookups() const { return lookups_; }

 private:
  std::vector<function_template> functions_;
  std::vector<transform_template> transforms_;
  std::vector<lookup_template> lookups_;
};

}  // namespace sqlweave
