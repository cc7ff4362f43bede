// SPDX-License-Identifier: MIT
// class C(P1, P2): Django 3.2 makes p1_ptr and then p2_ptr with decreasing auto-creation
// counters, so C's fields are p2_ptr, p1_ptr; the primary key and the parents stay in base
// order.
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/ddl.hpp"
#include "sqlweave/parse.hpp"

using namespace sqlweave;

TEST_CASE("a model with two concrete parents orders its links as Django does", "[schema][mti]") {
  const schema s = schema::from_models_source(R"(from django.db import models


class Venue(models.Model):
    city = models.CharField(max_length=20)


class Shop(models.Model):
    owner = models.CharField(max_length=20)


class Cafe(Venue, Shop):
    seats = models.IntegerField()
)",
                                              {.app = "town"});
  const model& cafe = s.at(s.find_model("Cafe"));
  REQUIRE(cafe.fields.size() == 3);
  CHECK(cafe.fields[0].name == "shop_ptr");
  CHECK(cafe.fields[1].name == "venue_ptr");
  CHECK(cafe.pk_field().name == "venue_ptr");
  CHECK(
      compile(s, parse_query("Cafe.objects.all()"), dialect_id::sqlite).statements.at(0).sql ==
      R"(SELECT "town_venue"."id", "town_venue"."city", "town_shop"."id", "town_shop"."owner", "town_cafe"."shop_ptr_id", "town_cafe"."venue_ptr_id", "town_cafe"."seats" FROM "town_cafe" INNER JOIN "town_venue" ON ("town_cafe"."venue_ptr_id" = "town_venue"."id") INNER JOIN "town_shop" ON ("town_cafe"."shop_ptr_id" = "town_shop"."id"))");
  bool created = false;
  for (const auto& statement : ddl(s, dialect_id::sqlite))
    if (statement.starts_with(R"(CREATE TABLE "town_cafe")")) {
      created = true;
      CHECK(statement.find(R"(("shop_ptr_id" integer NOT NULL UNIQUE)") != std::string::npos);
      CHECK(statement.find(R"("venue_ptr_id" integer NOT NULL PRIMARY KEY)") != std::string::npos);
    }
  CHECK(created);
}
