// SPDX-License-Identifier: MIT
// Each database's schema editor as its differences from Django's base one (django/db/backends/
// */schema.py, 3.2).
#include "migrate/editor.hpp"

namespace sqlweave::migrate_detail {
namespace {

constexpr editor_traits sqlite_traits{
    .transactional = true,
    .rebuilds_tables = true,
    .drop_table = "DROP TABLE {table}",
    .drop_unique = "DROP INDEX {name}",
};
constexpr editor_traits postgres_traits{
    .transactional = true,
    .column_inline_fk =
        "CONSTRAINT {name} REFERENCES {to_table}({to_column}) DEFERRABLE INITIALLY "
        "DEFERRED",
    .after_inline_fk = "SET CONSTRAINTS {name} IMMEDIATE",
    .drop_index = "DROP INDEX IF EXISTS {name}",
    // The FK is DEFERRABLE: pending checks would fail the ALTER otherwise.
    .immediate_before_drop = true,
    .doubled_percent_in_meta = true,
    // A column whose data type changes (varchar to text, integer to bigint) is cast.
    .alter_type_cast = " USING {column}::{type}",
    .combined_alters = true,
    .serial_sequence = {"DROP SEQUENCE IF EXISTS {name} CASCADE", "CREATE SEQUENCE {name}",
                        "ALTER TABLE {table} ALTER COLUMN {column} SET DEFAULT nextval('{name}')",
                        "SELECT setval('{name}', MAX({column})) FROM {table}",
                        "ALTER SEQUENCE {name} OWNED BY {table}.{column}"},
    .inline_unique_name = "{table}_{column}_key",
    .inline_check_name = "{table}_{column}_check",
};
// MariaDB: MODIFY restates the type with its NULL. Columns are renamed with RENAME COLUMN, as
// Django 3.2 does on MariaDB >= 10.5.2 and MySQL >= 8.0.4 (CHANGE before), the servers sqlweave
// targets.
constexpr editor_traits mysql_traits{
    .column_inline_fk =
        ", ADD CONSTRAINT {name} FOREIGN KEY ({column}) REFERENCES "
        "{to_table}({to_column})",
    .drop_column = "ALTER TABLE {table} DROP COLUMN {column}",
    .rename_table = "RENAME TABLE {table} TO {name}",
    .drop_index = "DROP INDEX {name} ON {table}",
    .drop_unique = "ALTER TABLE {table} DROP INDEX {name}",
    .drop_foreign_key = "ALTER TABLE {table} DROP FOREIGN KEY {name}",
    .alter_type = "ALTER TABLE {table} MODIFY {column} {type}",
    .set_null = "ALTER TABLE {table} MODIFY {column} {type} NULL",
    .set_not_null = "ALTER TABLE {table} MODIFY {column} {type} NOT NULL",
    .drop_default_null = "ALTER TABLE {table} ALTER COLUMN {column} SET DEFAULT NULL",
    .type_carries_null = true,
    .inline_unique_name = "{column}",
    .inline_check_name = "{column}",
    .driver_literals = true,
};
constexpr editor_traits oracle_traits{
    .add_column = "ALTER TABLE {table} ADD {column} {definition}",
    .column_inline_fk =
        "CONSTRAINT {name} REFERENCES {to_table}({to_column}) DEFERRABLE INITIALLY "
        "DEFERRED",
    .drop_column = "ALTER TABLE {table} DROP COLUMN {column}",
    .drop_table = "DROP TABLE {table} CASCADE CONSTRAINTS",
    .alter_type = "ALTER TABLE {table} MODIFY {column} {type}",
    .set_null = "ALTER TABLE {table} MODIFY {column} NULL",
    .set_not_null = "ALTER TABLE {table} MODIFY {column} NOT NULL",
    .set_default = "ALTER TABLE {table} MODIFY {column} DEFAULT {default}",
    .drop_default = "ALTER TABLE {table} MODIFY {column} DEFAULT NULL",
    .drop_default_null = "ALTER TABLE {table} MODIFY {column} DEFAULT NULL",
    .drop_identity = "ALTER TABLE {table} MODIFY {column} DROP IDENTITY",
};

}  // namespace

const editor_traits& editor_traits_of(dialect_id d) {
  switch (d) {
    case dialect_id::sqlite: return sqlite_traits;
    case dialect_id::postgresql: return postgres_traits;
    case dialect_id::mysql: return mysql_traits;
    case dialect_id::oracle: return oracle_traits;
  }
  return sqlite_traits;
}

}  // namespace sqlweave::migrate_detail
