// SPDX-License-Identifier: MIT
// Warnings given while reading a schema are not lost when a later step fails: the error
// schema::load() throws carries them.
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/schema.hpp"
#include "support/tree.hpp"

using namespace sqlweave;
using sqlweave::testing::tree;

namespace {

std::vector<std::string> warnings_of_failure(const tree& t) {
  try {
    (void)schema::load({t.root.string()}, {});
  } catch (const source_error& e) {
    return e.warnings();
  }
  FAIL("no source_error");
  return {};
}

const std::string unknown_flag =
    "from django.db import models\n"
    "from django.conf import settings\n\n"
    "if settings.LOG_FLAG:\n    PREFIX = 'x'\n\n";

}  // namespace

TEST_CASE("warnings before a failure in a file are kept in the error", "[models][tree][errors]") {
  tree t({{"logs/__init__.py", ""},
          {"logs/models.py", unknown_flag + "class Entry(models.Model):\n"
                                            "    text = models.CharField(max_length=WIDTH)\n"}});
  const auto warnings = warnings_of_failure(t);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("settings.LOG_FLAG is not set") != std::string::npos);
}

TEST_CASE("warnings before a failure of the whole schema are kept in the error",
          "[models][tree][errors]") {
  tree t({{"logs/__init__.py", ""},
          {"logs/models.py", unknown_flag + "class Entry(models.Model):\n"
                                            "    owner = models.ForeignKey('Nobody', "
                                            "models.CASCADE)\n"}});
  const auto warnings = warnings_of_failure(t);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("settings.LOG_FLAG is not set") != std::string::npos);
}
