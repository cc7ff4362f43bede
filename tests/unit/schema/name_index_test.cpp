// SPDX-License-Identifier: MIT
// detail::name_index: the flat table model::find() and schema::find_model() search.
#include <catch2/catch.hpp>

#include "sqlweave/schema.hpp"

using namespace sqlweave;

TEST_CASE("name_index finds every name, names that hash alike included", "[schema]") {
  // Same length, first, middle and last bytes: one hash, so they share a probe sequence.
  const name_map<int> names{{"abxa", 1}, {"abya", 2},        {"abza", 3},    {"pk", 4},
                            {"x", 5},    {"category_id", 6}, {"category", 7}};
  detail::name_index<int> index;
  CHECK(index.empty());
  index.assign(names);
  CHECK_FALSE(index.empty());
  for (const auto& [name, v] : names) {
    REQUIRE(index.find(name) != nullptr);
    CHECK(*index.find(name) == v);
  }
  CHECK(index.find("abwa") == nullptr);
  CHECK(index.find("") == nullptr);
  CHECK(index.find("categoryid") == nullptr);
  index.clear();
  CHECK(index.empty());
}

TEST_CASE("model::find() reads the finalized names, inherited ones too", "[schema]") {
  const schema s = schema::from_models_source(R"(from django.db import models

class Place(models.Model):
    name = models.CharField(max_length=20)

class Shop(Place):
    owner = models.CharField(max_length=20)
)",
                                              {.app = "town"});
  const model& shop = s.at(s.find_model("Shop"));
  REQUIRE(shop.find("owner") != nullptr);
  CHECK(shop.find("owner")->what == member::kind::column);
  REQUIRE(shop.find("name") != nullptr);
  CHECK(shop.find("name")->what == member::kind::inherited);
  CHECK(shop.find("pk") != nullptr);
  CHECK(shop.find("nmae") == nullptr);
  CHECK(s.find_model("Place") >= 0);
  CHECK(s.find_model("town.Shop") == s.find_model("Shop"));
  CHECK(s.find_model("Plaza") == -1);
}
