// SPDX-License-Identifier: MIT
// Django 3.2's column types per database (each backend's `data_types`), the CHECKs it adds to
// some of them (`data_type_check_constraints`) and the type an FK column takes from its target.
#pragma once

#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave::ddl_detail {

/// The column type of a concrete field, without NULL or keys: `varchar(100)`, `serial`.
/// Throws error(bad_schema) for a CharField without max_length, as Django refuses it, and
/// error(unsupported) for an unlimited one (field::unlimited_length) but on PostgreSQL.
std::string column_type(const field& f, dialect_id d);

/// The type a ForeignKey or OneToOneField column gets from the key it points to (its
/// `rel_db_type`): an auto key's plain integer type, otherwise the key's own type.
std::string related_column_type(const field& key, dialect_id d);

/// The CHECK Django puts on the column (positive integers, JSON on SQLite and Oracle, booleans
/// on Oracle), as the text inside `CHECK (...)`, or empty. `quoted_column` is the column as
/// the dialect quotes it (Oracle's template uses it; the others quote the bare name).
std::string column_check(const field& f, dialect_id d, const std::string& quoted_column);

/// Text after the column's NULL and key clauses: SQLite's AUTOINCREMENT.
std::string column_suffix(const field& f, dialect_id d);

/// Whether '' is a value of the field (Django's `empty_strings_allowed`): on Oracle, which
/// stores '' as NULL, such columns are always NULL unless they are the primary key.
bool allows_empty_string(field_type t);

}  // namespace sqlweave::ddl_detail
