// SPDX-License-Identifier: MIT
// FilteredRelation in annotate(): a join of its own with the condition in its ON clause, named
// as Django names it, joined only when used, and the conditions Django's SQL cannot hold.
#include <catch2/catch.hpp>

#include "sqlweave/parse.hpp"
#include "sqlweave/query.hpp"
#include "support/shop_schema.hpp"

using namespace sqlweave;

namespace {

const schema& shop() {
  static const schema s = testing::shop_schema();
  return s;
}

std::string sql_of(const std::string& text, dialect_id d = dialect_id::postgresql) {
  return compile(shop(), parse_query(text), d).statements.at(0).sql;
}

}  // namespace

TEST_CASE("a FilteredRelation's join carries its condition and is demoted by a filter",
          "[filtered_relation]") {
  CHECK(
      sql_of(
          R"(Product.objects.annotate(sale=FilteredRelation("tags", condition=Q(tags__name="sale"))).filter(sale__weight__gt=1).values_list("id", "sale__name"))") ==
      R"(SELECT "shop_product"."id", "sale"."name" FROM "shop_product" INNER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id") INNER JOIN "shop_tag" "sale" ON ("shop_product_tags"."tag_id" = "sale"."id" AND ("sale"."name" = $1)) WHERE "sale"."weight" > $2)");
  CHECK(
      sql_of(
          R"(Product.objects.annotate(sale=FilteredRelation("tags", condition=Q(tags__name="sale"))).values_list("id", "sale__name"))") ==
      R"(SELECT "shop_product"."id", "sale"."name" FROM "shop_product" LEFT OUTER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id") LEFT OUTER JOIN "shop_tag" "sale" ON ("shop_product_tags"."tag_id" = "sale"."id" AND ("sale"."name" = $1)))");
}

TEST_CASE("a FilteredRelation counted, and next to a plain join of the same table",
          "[filtered_relation]") {
  CHECK(
      sql_of(
          R"(Customer.objects.annotate(paid=FilteredRelation("orders", condition=Q(orders__status="paid") & Q(orders__total__gt=10))).annotate(n=Count("paid")).values_list("id", "n"))") ==
      R"(SELECT "shop_customer"."id", COUNT("paid"."id") AS "n" FROM "shop_customer" LEFT OUTER JOIN "shop_order" "paid" ON ("shop_customer"."id" = "paid"."customer_id" AND (("paid"."status" = $1 AND "paid"."total" > $2))) GROUP BY "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes")");
  CHECK(
      sql_of(
          R"(Customer.objects.annotate(paid=FilteredRelation("orders", condition=Q(orders__status="paid"))).filter(orders__total__gt=0).values_list("id", "paid__id"))") ==
      R"(SELECT "shop_customer"."id", "T3"."id" FROM "shop_customer" INNER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id") LEFT OUTER JOIN "shop_order" "T3" ON ("shop_customer"."id" = "T3"."customer_id" AND ("T3"."status" = $1)) WHERE "shop_order"."total" > $2)");
}

TEST_CASE("a FilteredRelation over two hops, and conditions on the model's own fields",
          "[filtered_relation]") {
  CHECK(
      sql_of(
          R"(OrderLine.objects.annotate(c=FilteredRelation("order__customer", condition=Q(order__customer__country="DE"))).values_list("id", "c__name"))") ==
      R"(SELECT "shop_orderline"."id", "c"."name" FROM "shop_orderline" INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id") INNER JOIN "shop_customer" "c" ON ("shop_order"."customer_id" = "c"."id" AND ("c"."country" = $1)))");
  CHECK(
      sql_of(
          R"(Customer.objects.annotate(p=FilteredRelation("orders", condition=Q(orders__total__gt=F("credit")))).values_list("id", "p__id"))") ==
      R"(SELECT "shop_customer"."id", "p"."id" FROM "shop_customer" LEFT OUTER JOIN "shop_order" "p" ON ("shop_customer"."id" = "p"."customer_id" AND ("p"."total" > "shop_customer"."credit")))");
}

TEST_CASE("an unused FilteredRelation joins nothing; exclude() over one is NOT EXISTS",
          "[filtered_relation]") {
  CHECK(
      sql_of(
          R"(Customer.objects.annotate(p=FilteredRelation("orders", condition=Q(orders__status="paid"))).values_list("id"))") ==
      R"(SELECT "shop_customer"."id" FROM "shop_customer")");
  CHECK(
      sql_of(
          R"(Customer.objects.annotate(p=FilteredRelation("orders", condition=Q(orders__status="paid"))).exclude(p__total__gt=5).values_list("id"))") ==
      R"(SELECT "shop_customer"."id" FROM "shop_customer" WHERE NOT (EXISTS(SELECT 1 AS "a" FROM "shop_customer" "U0" INNER JOIN "shop_order" "U1" ON ("U0"."id" = "U1"."customer_id" AND ("U1"."status" = $1)) WHERE ("U0"."id" = "shop_customer"."id" AND "U1"."total" > $2))))");
}

TEST_CASE("FilteredRelation without a condition is Django's Q(): its own join, no ON extra",
          "[filtered_relation]") {
  CHECK(
      sql_of(
          R"(Customer.objects.annotate(p=FilteredRelation("orders")).filter(p__status="x").values_list("id"))") ==
      R"(SELECT "shop_customer"."id" FROM "shop_customer" INNER JOIN "shop_order" "p" ON ("shop_customer"."id" = "p"."customer_id") WHERE "p"."status" = $1)");
}

TEST_CASE("FilteredRelation refusals", "[filtered_relation]") {
  CHECK_THROWS_WITH(
      sql_of(
          R"(Customer.objects.annotate(p=FilteredRelation("orders", condition=Q(orders__lines__quantity=1))).values_list("id", "p__id"))"),
      "FilteredRelation's condition may name fields of 'orders' and of the model, not other "
      "relations (got 'orders__lines__quantity')");
  CHECK_THROWS_WITH(
      sql_of(
          R"(Customer.objects.annotate(p=FilteredRelation("name", condition=Q(name="x"))).values_list("id"))"),
      "FilteredRelation's relation_name must name relations; 'name' is not a relation of "
      "Customer");
  CHECK_THROWS_WITH(
      sql_of(R"(Customer.objects.annotate(p=FilteredRelation("orders", condition=1)))"),
      "FilteredRelation(condition=) takes a Q() instance");
  CHECK_THROWS_WITH(
      sql_of(
          R"(Customer.objects.filter(id=FilteredRelation("orders", condition=Q(orders__status="x"))))"),
      "FilteredRelation() is only allowed as a named argument of annotate() or "
      "alias()");
}
