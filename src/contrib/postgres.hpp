// SPDX-License-Identifier: MIT
// django.contrib.postgres as Django 3.2 has it: the index classes of
// django/contrib/postgres/indexes.py (an access method and the storage parameters each takes)
// and the column types of its field classes.
#pragma once

#include <span>
#include <string_view>

#include "sqlweave/schema.hpp"

namespace sqlweave::contrib {

/// One storage parameter of a PostgreSQL index class: `fastupdate` (on/off) or `fillfactor`.
struct storage_parameter {
  std::string_view keyword;
  bool boolean = false;  // written `on`/`off`; otherwise a whole number
};

/// A PostgresIndex subclass: `GinIndex` uses `gin` and takes fastupdate, gin_pending_list_limit.
struct postgres_index_class {
  std::string_view name;
  std::string_view method;  // USING <method>; also the suffix of its generated name
  std::span<const storage_parameter> parameters;  // in the order Django writes WITH (...)
};

/// The index class `name` of django.contrib.postgres.indexes, or null.
const postgres_index_class* postgres_index(std::string_view name);

/// The column type of a django.contrib.postgres field class other than ArrayField: `hstore`,
/// `citext`, `int4range`; empty for any other class.
std::string_view postgres_column_type(field_type t);

}  // namespace sqlweave::contrib
