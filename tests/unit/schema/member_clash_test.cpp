// SPDX-License-Identifier: MIT
// Two members of one name: the error names both sides as `app.Model.field`, as Django's
// fields.E303/E305 do.
#include <catch2/catch.hpp>

#include "sqlweave/parse.hpp"

using namespace sqlweave;

TEST_CASE("a reverse query name clashing with another names both relations", "[schema][clash]") {
  CHECK_THROWS_WITH(schema::from_models_source(R"(from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=20)


class Order(models.Model):
    buyer = models.ForeignKey(Person, models.CASCADE, related_name="deals")


class Invoice(models.Model):
    payer = models.ForeignKey(Person, models.CASCADE, related_name="deals")
)",
                                               {.app = "shop"}),
                    "Reverse query name for 'shop.Invoice.payer' clashes with reverse query name "
                    "for 'shop.Order.buyer' ('deals' on shop.Person, Django's fields.E305): add or "
                    "change a related_name or related_query_name argument to the definition for "
                    "'shop.Invoice.payer' or 'shop.Order.buyer'");
}

TEST_CASE("a reverse query name clashing with a field names the field", "[schema][clash]") {
  CHECK_THROWS_WITH(schema::from_models_source(R"(from django.db import models


class Person(models.Model):
    order = models.CharField(max_length=20)


class Order(models.Model):
    buyer = models.ForeignKey(Person, models.CASCADE)
)",
                                               {.app = "shop"}),
                    Catch::Contains("Reverse query name for 'shop.Order.buyer' clashes with field "
                                    "name 'shop.Person.order' ('order' on shop.Person, Django's "
                                    "fields.E303)"));
}
