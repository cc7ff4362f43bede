// SPDX-License-Identifier: MIT
// BITXOR(), which sqlweave registers on SQLite for bitxor() as Django's backend registers it
// (none_guard(operator.xor)): Python's ^ of integers, NULL when an argument is NULL.
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/exec.hpp"

using namespace sqlweave;

namespace {

std::string one(const std::string& sql) {
  const auto db = open_sqlite(":memory:");
  statement st;
  st.sql = sql;
  const auto r = db->execute(st);
  REQUIRE(r.rows.size() == 1);
  const value& v = r.rows[0].at(0);
  return v.is_null() ? "NULL" : v.to_string();
}

}  // namespace

TEST_CASE("BITXOR is Python's ^ of integers", "[sqlite]") {
  CHECK(one("SELECT BITXOR(5, 6)") == "3");
  CHECK(one("SELECT BITXOR(-1, 6)") == "-7");
  CHECK(one("SELECT BITXOR(9223372036854775807, -1)") == "-9223372036854775808");
  CHECK(one("SELECT BITXOR(NULL, 6)") == "NULL");
  CHECK(one("SELECT BITXOR(6, NULL)") == "NULL");
}
