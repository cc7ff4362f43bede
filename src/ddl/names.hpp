// SPDX-License-Identifier: MIT
// The names Django 3.2 gives indexes and constraints it creates (schema editor
// `_create_index_name`, `Index.set_name_with_model`), so a database created by sqlweave has the
// names a later Django migration looks for.
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include "sqlweave/compile.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave::ddl_detail {

/// The first `length` hex digits of the MD5 of the parts concatenated (Django's names_digest).
std::string names_digest(std::span<const std::string> parts, std::size_t length);

/// The longest identifier Django names on the database (`max_name_length()`; SQLite: 200).
std::size_t max_name_length(dialect_id d);

/// A table name as Django stores it in the model's options, which index names start from: a
/// generated `<app>_<model>` longer than the database's limit becomes its head and 4 hex digits
/// of its MD5 (truncate_name); a Meta.db_table stays as written.
std::string table_name(const model& m, dialect_id d);

/// `<table>_<col>_<col>_<8 hex digits><suffix>` for the table_name() of `m`, shortened to the
/// database's limit as Django shortens it: `shop_product_sku_7a3f2b1c_like`.
std::string index_name(const model& m, std::span<const std::string> columns,
                       std::string_view suffix, dialect_id d);

/// The name of a `Meta.indexes` entry declared without one: `<table:11>_<first column:7>_<6 hex
/// digits>_<suffix>`, the suffix `idx` for models.Index and the access method for a
/// django.contrib.postgres index (`gin`). `columns` carry a leading '-' for descending ones,
/// which the digest includes, as it does the suffix.
std::string meta_index_name(const model& m, std::span<const std::string> columns,
                            std::string_view suffix, dialect_id d);

}  // namespace sqlweave::ddl_detail
