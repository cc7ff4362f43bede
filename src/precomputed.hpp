// SPDX-License-Identifier: MIT
// What schema::finalize() works out once so that no compile rebuilds it: each model's default
// result description, each column's qualified name, each table's quoted name and each join's ON
// equality as every dialect writes them.
#pragma once

#include <array>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cache/descriptions.hpp"
#include "precomputed_tables.hpp"
#include "sqlweave/compile.hpp"

namespace sqlweave::detail {

struct precomputed {
  /// By model index: the description of its concrete columns in order, as describe() makes it
  /// for the select list of add_model_columns() (label = column, the model's and field's names).
  std::vector<result_columns> default_columns;
  /// By dialect: every model's columns as `"table"."column"` (writer::ident quotes both), in
  /// model and column order, each followed by `, `. The views of `qualified` point into it, so
  /// the renderer writes a run of columns that follow each other here as one append.
  std::array<std::unique_ptr<const std::string>, std::size(all_dialects)> column_text;
  /// By dialect, model and field index: a view of that column's text in `column_text`; empty
  /// for a field without a column and for text the `format` styles would have to change (a %).
  std::array<std::vector<std::vector<std::string_view>>, std::size(all_dialects)> qualified;
  /// The descriptions of the other select lists, kept as compiles make them.
  std::unique_ptr<cache::descriptions> computed = std::make_unique<cache::descriptions>();
  /// By dialect: the quoted table names and join texts (see table_texts).
  std::array<table_texts, std::size(all_dialects)> tables;

  /// The qualified name of `f` in dialect `d` when it is a field of `m` (model `index`), else
  /// empty.
  std::string_view qualified_name(dialect_id d, int index, const model& m, const field* f) const;
  /// By field index, the qualified names of model `index` in dialect `d` (see `qualified`).
  std::span<const std::string_view> qualified_names(dialect_id d, int index) const {
    return qualified[static_cast<std::size_t>(d)][static_cast<std::size_t>(index)];
  }
};

/// Computes every entry for the finalized models and relations of a schema, in index order.
precomputed precompute(std::span<const model> models, std::span<const relation> relations);

}  // namespace sqlweave::detail
