// SPDX-License-Identifier: MIT
#include "ddl/context.hpp"

#include <fmt/format.h>

#include "render/writer.hpp"
#include "support/errors.hpp"

namespace sqlweave::ddl_detail {
namespace {

constexpr ddl_features sqlite_features{
    .inline_foreign_keys = true,
    .fk_deferrable = " DEFERRABLE INITIALLY DEFERRED",
    .unique_together_as_index = true,
    .decimal_as_text = true,
};
constexpr ddl_features postgres_features{
    .fk_deferrable = " DEFERRABLE INITIALLY DEFERRED",
    .like_indexes = true,
    .covering_indexes = true,
    .deferrable_unique = true,
    .operator_classes = true,
    .index_methods = true,
};
constexpr ddl_features mysql_features{
    .fk_makes_its_index = true,
    .text_columns_indexable = false,
    .partial_indexes = false,
    .expression_indexes = false,
};
constexpr ddl_features oracle_features{
    .fk_deferrable = " DEFERRABLE INITIALLY DEFERRED",
    .partial_indexes = false,
    .deferrable_unique = true,
    .bare_boolean_conditions = false,
};

}  // namespace

const ddl_features& features_of(dialect_id d) {
  switch (d) {
    case dialect_id::sqlite: return sqlite_features;
    case dialect_id::postgresql: return postgres_features;
    case dialect_id::mysql: return mysql_features;
    case dialect_id::oracle: return oracle_features;
  }
  return sqlite_features;
}

ddl_context::ddl_context(const schema& s_, dialect_id d_)
    : s(s_), d(d_), traits(render::traits_of(d_)), features(features_of(d_)) {}

std::string ddl_context::quoted(std::string_view name) const {
  statement scratch;
  render::writer w(traits, paramstyle::qmark, scratch);
  w.ident(name);
  return scratch.sql;
}

std::string ddl_context::quoted_list(const std::vector<std::string>& names) const {
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += ", ";
    out += quoted(n);
  }
  return out;
}

const field& table_def::field_named(std::string_view name, std::string_view what) const {
  for (const auto& f : m.fields)
    if (f.name == name || (f.is_forward_single() && f.column == name && f.db_column.empty()))
      return f;
  fail(error_code::bad_schema,
       fmt::format("{} of {} names '{}', not a field of it", what, m.name, name));
}

std::vector<std::string> table_def::columns_of(const std::vector<std::string>& names,
                                               std::string_view what) const {
  std::vector<std::string> out;
  out.reserve(names.size());
  for (const auto& n : names) {
    const field& f = field_named(n, what);
    if (f.type == field_type::many_to_many)
      fail(error_code::bad_schema,
           fmt::format("{} of {} names the many-to-many field '{}', which has no column", what,
                       m.name, n));
    out.push_back(f.column);
  }
  return out;
}

}  // namespace sqlweave::ddl_detail
