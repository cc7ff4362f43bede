// SPDX-License-Identifier: MIT
// The schema as Django 3.2's `migrate` creates it from an initial migration.
//
//   for (const auto& stmt : sqlweave::ddl(schema, sqlweave::dialect_id::postgresql)) run(stmt);
#pragma once

#include <string>
#include <vector>

#include "sqlweave/compile.hpp"
#include "sqlweave/schema.hpp"

namespace sqlweave {

/// Every CREATE TABLE first (each model's, then its implicit many-to-many link tables), then
/// what Django's schema editor defers to the end of a migration: unique_together, foreign keys
/// (ALTER TABLE ... ADD CONSTRAINT, deferrable on PostgreSQL and Oracle; inline on SQLite), and
/// indexes with Django's names (per FK and db_index, PostgreSQL's `_like` twins,
/// index_together, Meta.indexes, conditional UniqueConstraints). Proxy and `managed = False`
/// models have no statements. Where a database lacks a feature Django 3.2 leaves it out as
/// its backend does: partial-index conditions on MySQL and Oracle, deferrable and conditional
/// unique constraints where unsupported, INCLUDE outside PostgreSQL, expression indexes on
/// MariaDB. Throws error(bad_schema) for what Django refuses (a CharField without max_length,
/// a condition or index expression across a relation, an unnamed expression index).
std::vector<std::string> ddl(const schema& s, dialect_id d);

}  // namespace sqlweave
