// SPDX-License-Identifier: MIT
// django.contrib.postgres's index classes (tests/projects/atlas): USING <method>, WITH (...) as
// Django 3.2 writes them, generated names with the method as suffix, and a typed error on the
// databases Django's migrate fails on.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/ddl.hpp"
#include "sqlweave/error.hpp"
#include "sqlweave/schema.hpp"
#include "support/tree.hpp"

using namespace sqlweave;
using sqlweave::testing::load_error;
using sqlweave::testing::tree;

namespace {

const std::string atlas = SQLWEAVE_SOURCE_DIR "/tests/projects/atlas";

bool has(const std::vector<std::string>& statements, const std::string& wanted) {
  return std::find(statements.begin(), statements.end(), wanted) != statements.end();
}

}  // namespace

TEST_CASE("django.contrib.postgres indexes: USING, WITH and Django's names", "[ddl][postgresql]") {
  const schema s = schema::load({atlas}, {});
  const auto pg = ddl(s, dialect_id::postgresql);
  CHECK(has(pg,
            "CREATE INDEX \"survey_stat_payload_ed82b8_gin\" ON \"survey_station\" USING gin "
            "(\"payload\") WITH (gin_pending_list_limit = 128, fastupdate = off)"));
  CHECK(has(pg,
            "CREATE INDEX \"station_payload_gin\" ON \"survey_station\" USING gin (\"payload\")"));
  CHECK(has(pg,
            "CREATE INDEX \"survey_stat_surveye_49d0a5_brin\" ON \"survey_station\" USING brin "
            "(\"surveyed\") WITH (autosummarize = on, pages_per_range = 16)"));
  CHECK(has(pg,
            "CREATE INDEX \"survey_stat_altitud_53ef51_btree\" ON \"survey_station\" USING btree "
            "(\"altitude\" DESC, \"code\") WITH (fillfactor = 70)"));
  CHECK(has(pg,
            "CREATE INDEX \"station_code_hash\" ON \"survey_station\" USING hash "
            "(\"code\") WHERE \"altitude\" > 0"));
  CHECK(has(pg,
            "CREATE INDEX \"survey_stat_notes_14b45b_spgist\" ON \"survey_station\" USING spgist "
            "(\"notes\")"));
  CHECK(has(pg,
            "CREATE INDEX \"station_code_ops\" ON \"survey_station\" (\"code\" "
            "varchar_pattern_ops)"));
  for (const dialect_id d : {dialect_id::sqlite, dialect_id::mysql, dialect_id::oracle}) {
    try {
      (void)ddl(s, d);
      FAIL("no error");
    } catch (const error& e) {
      CHECK(e.code() == error_code::unsupported);
      CHECK(std::string(e.what()).find("does not support the gin index of Station "
                                       "(django.contrib.postgres)") != std::string::npos);
    }
  }
}

TEST_CASE("a storage parameter must be known; other keywords of an index class are refused",
          "[ddl][postgresql][errors]") {
  const std::string head =
      "from django.db import models\n"
      "from django.contrib.postgres.indexes import GinIndex, BrinIndex\n\n"
      "class Log(models.Model):\n"
      "    data = models.JSONField()\n\n"
      "    class Meta:\n";
  tree unknown({{"logs/__init__.py", ""},
                {"logs/models.py", head + "        indexes = [GinIndex(fields=['data'], "
                                          "fastupdate=FAST)]\n"}});
  CHECK(load_error(unknown).find("GinIndex(fastupdate=) must be known") != std::string::npos);
  tree wrong({{"logs/__init__.py", ""},
              {"logs/models.py",
               head + "        indexes = [BrinIndex(fields=['data'], fillfactor=50)]\n"}});
  CHECK(load_error(wrong).find("BrinIndex(fillfactor=) is not read") != std::string::npos);
  tree unnamed({{"logs/__init__.py", ""},
                {"logs/models.py", head + "        indexes = [GinIndex(fields=['data'], "
                                          "condition=models.Q(data__isnull=False))]\n"}});
  CHECK(
      load_error(unnamed) ==
      "error[bad_schema]: an index must be named to use condition, as in Django (line 8)\n"
      " --> logs/models.py:8:20\n"
      "  |         indexes = [GinIndex(fields=['data'], condition=models.Q(data__isnull=False))]\n"
      "  |                    ^^^^^^^^");
}
