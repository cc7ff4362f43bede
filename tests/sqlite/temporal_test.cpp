// SPDX-License-Identifier: MIT
// The date and time functions sqlweave registers on SQLite for temporal arithmetic, against
// what Python's datetime gives for the same operations.
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/exec.hpp"

using namespace sqlweave;

namespace {

// open_sqlite() registers the functions, as every connection sqlweave opens does.
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

TEST_CASE("django_format_dtdelta moves dates and datetimes by microseconds", "[sqlite]") {
  CHECK(one("SELECT django_format_dtdelta('+', '2021-03-01 09:00:00', 5400000000)") ==
        "2021-03-01 10:30:00");
  CHECK(one("SELECT django_format_dtdelta('-', '2021-03-01 00:00:00', 1)") ==
        "2021-02-28 23:59:59.999999");
  CHECK(one("SELECT django_format_dtdelta('+', '2024-02-28 12:00:00.5', 86400000000)") ==
        "2024-02-29 12:00:00.500000");
  CHECK(one("SELECT django_format_dtdelta('+', 3600000000, '1999-12-31 23:30:00')") ==
        "2000-01-01 00:30:00");
  // A date moves by whole days, as date + timedelta in Python.
  CHECK(one("SELECT django_format_dtdelta('+', '2021-12-31', 90000000000)") == "2022-01-01");
  CHECK(one("SELECT django_format_dtdelta('-', '2021-03-01', 3600000000)") == "2021-02-28");
  CHECK(one("SELECT django_format_dtdelta('+', NULL, 1)") == "NULL");
  CHECK(one("SELECT django_format_dtdelta('+', 'not a date', 1)") == "NULL");
}

TEST_CASE("django_timestamp_diff and django_time_diff give microseconds", "[sqlite]") {
  CHECK(one("SELECT django_timestamp_diff('2021-03-01 02:00:00', '2021-02-28 22:00:00')") ==
        "14400000000");
  CHECK(one("SELECT django_timestamp_diff('2021-03-01 09:00:00', '2021-03-01 10:00:00.25')") ==
        "-3600250000");
  CHECK(one("SELECT django_timestamp_diff('1970-01-02', '1969-12-31')") == "172800000000");
  CHECK(one("SELECT django_time_diff('10:00:00', '09:59:59.000001')") == "999999");
  CHECK(one("SELECT django_time_diff('10:00', NULL)") == "NULL");
}
