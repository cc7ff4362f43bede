// SPDX-License-Identifier: MIT
// django.contrib.postgres's field classes: loaded in the import forms projects use, their
// PostgreSQL column types as Django 3.2's migrate creates them, a round trip through the schema
// JSON, and a typed error naming the field on the databases Django supports them not on.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/ddl.hpp"
#include "sqlweave/error.hpp"
#include "sqlweave/schema.hpp"
#include "sqlweave/schema_json.hpp"
#include "support/tree.hpp"

using namespace sqlweave;
using sqlweave::testing::load_error;
using sqlweave::testing::tree;

namespace {

const std::string models_py =
    "from django.db import models\n"
    "from django.contrib.postgres import fields as pg\n"
    "from django.contrib.postgres.fields import ArrayField, HStoreField, CICharField\n"
    "from django.contrib.postgres.fields.ranges import DateTimeRangeField\n"
    "from django.contrib.postgres.search import SearchVectorField\n\n"
    "class Item(models.Model):\n"
    "    tags = ArrayField(models.CharField(max_length=10), size=8, default=list, blank=True)\n"
    "    counts = ArrayField(models.IntegerField(), db_index=True)\n"
    "    grid = ArrayField(ArrayField(models.DecimalField(max_digits=6, decimal_places=2), 3))\n"
    "    names = ArrayField(base_field=models.TextField(), unique=True)\n"
    "    attrs = HStoreField(null=True)\n"
    "    handle = CICharField(max_length=30, unique=True)\n"
    "    email = pg.CIEmailField()\n"
    "    body = pg.CITextField()\n"
    "    days = pg.IntegerRangeField()\n"
    "    big = pg.BigIntegerRangeField()\n"
    "    share = pg.DecimalRangeField()\n"
    "    season = pg.DateRangeField()\n"
    "    window = DateTimeRangeField()\n"
    "    search = SearchVectorField(null=True)\n"
    "    legacy = pg.JSONField(null=True)\n";

bool has(const std::vector<std::string>& statements, const std::string& wanted) {
  return std::find(statements.begin(), statements.end(), wanted) != statements.end();
}

void check_postgresql(const schema& s) {
  const auto pg = ddl(s, dialect_id::postgresql);
  CHECK(has(pg,
            "CREATE TABLE \"shop_item\" (\"id\" serial NOT NULL PRIMARY KEY, \"tags\" "
            "varchar(10)[8] NOT NULL, \"counts\" integer[] NOT NULL, \"grid\" numeric(6, 2)[3][] "
            "NOT NULL, \"names\" text[] NOT NULL UNIQUE, \"attrs\" hstore NULL, \"handle\" citext "
            "NOT NULL UNIQUE, \"email\" citext NOT NULL, \"body\" citext NOT NULL, \"days\" "
            "int4range NOT NULL, \"big\" int8range NOT NULL, \"share\" numrange NOT NULL, "
            "\"season\" daterange NOT NULL, \"window\" tstzrange NOT NULL, \"search\" tsvector "
            "NULL, \"legacy\" jsonb NULL)"));
  // An array gets no `_like` twin, nor does citext.
  CHECK(has(pg, "CREATE INDEX \"shop_item_counts_3f11bdc6\" ON \"shop_item\" (\"counts\")"));
  CHECK(std::none_of(pg.begin(), pg.end(),
                     [](const std::string& st) { return st.find("_like") != std::string::npos; }));
}

}  // namespace

TEST_CASE("django.contrib.postgres fields: their PostgreSQL column types", "[ddl][postgresql]") {
  tree t({{"shop/__init__.py", ""}, {"shop/models.py", models_py}});
  const schema s = schema::load({t.root.string()}, {});
  check_postgresql(s);
  const field& tags = s.models().front().fields[1];
  CHECK(tags.type == field_type::array_field);
  CHECK(tags.array_size == 8);
  REQUIRE(tags.base_field.size() == 1);
  CHECK(tags.base_field.front().max_length == 10);
  SECTION("the schema JSON keeps them") {
    const std::string text = to_json(s);
    CHECK(text.find("\"base_field\"") != std::string::npos);
    const schema again = schema_from_json(text, "schema.json");
    check_postgresql(again);
    CHECK(to_json(again) == text);
  }
  for (const dialect_id d : {dialect_id::sqlite, dialect_id::mysql, dialect_id::oracle}) {
    try {
      (void)ddl(s, d);
      FAIL("no error");
    } catch (const error& e) {
      CHECK(e.code() == error_code::unsupported);
      CHECK(std::string(e.what()).find("ArrayField 'tags' is a field of django.contrib.postgres: "
                                       "Django supports it on PostgreSQL only") !=
            std::string::npos);
    }
  }
}

TEST_CASE("django.contrib.postgres fields: what Django refuses", "[ddl][postgresql][errors]") {
  const std::string head =
      "from django.db import models\n"
      "from django.contrib.postgres.fields import ArrayField, CICharField\n\n"
      "class Item(models.Model):\n";
  tree no_base({{"shop/__init__.py", ""}, {"shop/models.py", head + "    a = ArrayField()\n"}});
  CHECK(load_error(no_base).find("ArrayField 'a' needs its base_field") != std::string::npos);
  tree not_field({{"shop/__init__.py", ""}, {"shop/models.py", head + "    a = ArrayField(12)\n"}});
  CHECK(load_error(not_field).find("ArrayField's base_field takes a field") != std::string::npos);
  tree related({{"shop/__init__.py", ""},
                {"shop/models.py",
                 head + "    a = ArrayField(models.ForeignKey('self', models.CASCADE))\n"}});
  CHECK(load_error(related).find("cannot be a related field") != std::string::npos);
  tree ci({{"shop/__init__.py", ""}, {"shop/models.py", head + "    a = CICharField()\n"}});
  CHECK(load_error(ci).find("CICharField 'a' needs max_length=") != std::string::npos);
  tree models_array(
      {{"shop/__init__.py", ""},
       {"shop/models.py", head + "    a = models.ArrayField(models.IntegerField())\n"}});
  CHECK(load_error(models_array).find("unknown field type 'ArrayField'") != std::string::npos);
}
