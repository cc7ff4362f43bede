// SPDX-License-Identifier: MIT
#include "precomputed.hpp"

#include <functional>
#include <utility>

#include "render/writer.hpp"

namespace sqlweave::detail {
namespace {

// `"table"."column"` exactly as writer::form() writes a column of an unaliased table, or empty
// when the text holds a % (which the `format` styles double).
std::string qualified_text(const render::dialect_traits& t, const model& m, const field& f) {
  statement scratch;
  render::writer w(t, paramstyle::qmark, scratch);
  w.ident(m.db_table);
  w.sql('.');
  w.ident(f.column);
  if (scratch.sql.find('%') != std::string::npos) return {};
  return std::move(scratch.sql);
}

// One model field read back as a plain column of the model's table, as describe() says it.
result_column field_column(const model& m, const field& f) {
  return {f.column, m.name, f.name, class_of(f.type),
          f.type == field_type::decimal_field ? f.decimal_places : -1};
}

}  // namespace

precomputed precompute(std::span<const model> models, std::span<const relation> relations) {
  precomputed out;
  out.default_columns.reserve(models.size());
  for (const model& m : models) {
    auto list = std::make_shared<result_column[]>(m.columns.size());
    for (std::size_t i = 0; i < m.columns.size(); ++i)
      list[i] = field_column(m, m.fields[static_cast<std::size_t>(m.columns[i])]);
    out.default_columns.emplace_back(std::move(list), m.columns.size());
  }
  for (const dialect_id d : all_dialects) {
    const auto& traits = render::traits_of(d);
    // The text first, its views after: the string does not move once it is complete.
    auto text = std::make_unique<std::string>();
    // By model and field: where its text starts in `text` and how long it is.
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> spans(models.size());
    for (std::size_t mi = 0; mi < models.size(); ++mi) {
      const model& m = models[mi];
      auto& at = spans[mi];
      at.assign(m.fields.size(), {std::string::npos, 0});
      for (int f : m.columns) {
        const std::string column = qualified_text(traits, m, m.fields[static_cast<std::size_t>(f)]);
        if (column.empty()) continue;
        at[static_cast<std::size_t>(f)] = {text->size(), column.size()};
        text->append(column).append(", ");
      }
    }
    auto& by_model = out.qualified[static_cast<std::size_t>(d)];
    by_model.reserve(models.size());
    for (std::size_t mi = 0; mi < models.size(); ++mi) {
      const model& m = models[mi];
      auto& names = by_model.emplace_back(m.fields.size());
      for (std::size_t f = 0; f < m.fields.size(); ++f) {
        const auto [start, length] = spans[mi][f];
        if (start != std::string::npos) names[f] = std::string_view(*text).substr(start, length);
      }
    }
    out.column_text[static_cast<std::size_t>(d)] = std::move(text);
    out.tables[static_cast<std::size_t>(d)] = table_texts(traits, models, relations);
  }
  return out;
}

std::string_view precomputed::qualified_name(dialect_id d, int index, const model& m,
                                             const field* f) const {
  const auto& by_model = qualified[static_cast<std::size_t>(d)];
  if (index < 0 || static_cast<std::size_t>(index) >= by_model.size()) return {};
  const auto& names = by_model[static_cast<std::size_t>(index)];
  // f may be another model's field (a parent's, through an inherited name).
  const field* first = m.fields.data();
  const std::less<const field*> before;
  if (before(f, first) || !before(f, first + m.fields.size()) || names.size() != m.fields.size())
    return {};
  return names[static_cast<std::size_t>(f - first)];
}

}  // namespace sqlweave::detail
