// SPDX-License-Identifier: MIT
// Django's reference querysets, parsed from their text, compiled for SQLite and run on Django's
// own SQLite tables: the rows must be Django's (or its PostgreSQL rows, where Django's SQLite
// backend breaks the documented meaning, as with case-sensitive contains).
#include "support/reference.hpp"

#include <catch2/catch.hpp>

#include "sqlweave/compile.hpp"
#include "sqlweave/parse.hpp"
#include "support/fixture.hpp"

using namespace sqlweave;

TEST_CASE("Django reference querysets return Django's rows on SQLite", "[sqlite][reference]") {
  for (const auto& c : testing::reference_cases()) {
    INFO(c.id << " " << c.query);
    const auto compiled = compile(testing::shop_models(), parse_query(c.query), dialect_id::sqlite);
    INFO(compiled.statements.back().sql);
    testing::rows got;
    for (const auto& st : compiled.statements) got = testing::shop_sqlite().query(st);
    INFO(testing::to_string(got));
    CHECK(testing::matches_reference(c, dialect_id::sqlite, got));
  }
}
