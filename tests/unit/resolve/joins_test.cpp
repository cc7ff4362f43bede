// SPDX-License-Identifier: MIT
// Join planning: reuse, INNER vs LEFT OUTER, separate joins for separate filter() calls over
// multi-valued relations, and exclude() over them as NOT EXISTS.
#include <catch2/catch.hpp>

#include "sqlweave/query.hpp"
#include "support/shop_schema.hpp"

using namespace sqlweave;

namespace {

std::string sql_of(const queryset& q) {
  static const schema s = testing::shop_schema();
  return q.compile(s, dialect_id::postgresql).statements.at(0).sql;
}

std::string from_where(const queryset& q) {
  const auto sql = sql_of(q);
  return sql.substr(sql.find(" FROM "));
}

}  // namespace

TEST_CASE("a non-null forward FK is an INNER JOIN", "[resolve]") {
  CHECK(
      from_where(objects("Product").filter("category__name", "Phones")) ==
      R"( FROM "shop_product" INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id") WHERE "shop_categories"."name" = $1)");
}

TEST_CASE("comparing a relation or its pk uses the FK column without a join", "[resolve]") {
  CHECK(from_where(objects("Product").filter("category", 3)) ==
        R"( FROM "shop_product" WHERE "shop_product"."category_id" = $1)");
  CHECK(from_where(objects("Product").filter("category__id__in", expression{1, 2})) ==
        R"( FROM "shop_product" WHERE "shop_product"."category_id" IN ($1, $2))");
}

TEST_CASE("a nullable FK is INNER under AND and LEFT OUTER under OR", "[resolve]") {
  CHECK(
      from_where(objects("Review").filter("author__name", "x")) ==
      R"( FROM "shop_review" INNER JOIN "shop_customer" ON ("shop_review"."author_id" = "shop_customer"."id") WHERE "shop_customer"."name" = $1)");
  CHECK(
      from_where(objects("Review").filter(Q("author__name", "x") | Q("rating", 5))) ==
      R"( FROM "shop_review" LEFT OUTER JOIN "shop_customer" ON ("shop_review"."author_id" = "shop_customer"."id") WHERE ("shop_customer"."name" = $1 OR "shop_review"."rating" = $2))");
}

TEST_CASE("isnull=True across a nullable FK keeps the LEFT OUTER JOIN", "[resolve]") {
  CHECK(
      from_where(objects("Review").filter("author__name__isnull", true)) ==
      R"( FROM "shop_review" LEFT OUTER JOIN "shop_customer" ON ("shop_review"."author_id" = "shop_customer"."id") WHERE "shop_customer"."name" IS NULL)");
}

TEST_CASE("conditions in one filter() share a multi-valued join; separate calls do not",
          "[resolve]") {
  CHECK(
      from_where(objects("Product").filter(Q("tags__weight__gt", 1) & Q("tags__name", "x"))) ==
      R"( FROM "shop_product" INNER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id") INNER JOIN "shop_tag" ON ("shop_product_tags"."tag_id" = "shop_tag"."id") WHERE ("shop_tag"."weight" > $1 AND "shop_tag"."name" = $2))");
  CHECK(
      from_where(objects("Product").filter("tags__weight__gt", 1).filter("tags__name", "x")) ==
      R"( FROM "shop_product" INNER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id") INNER JOIN "shop_tag" ON ("shop_product_tags"."tag_id" = "shop_tag"."id") INNER JOIN "shop_product_tags" "T4" ON ("shop_product"."id" = "T4"."product_id") INNER JOIN "shop_tag" "T5" ON ("T4"."tag_id" = "T5"."id") WHERE ("shop_tag"."weight" > $1 AND "T5"."name" = $2))");
}

TEST_CASE("exclude() over a multi-valued relation is NOT EXISTS", "[resolve]") {
  CHECK(
      from_where(objects("Customer").exclude("orders__status", "paid")) ==
      R"( FROM "shop_customer" WHERE NOT (EXISTS(SELECT 1 AS "a" FROM "shop_customer" "U0" INNER JOIN "shop_order" "U1" ON ("U0"."id" = "U1"."customer_id") WHERE ("U0"."id" = "shop_customer"."id" AND "U1"."status" = $1))))");
}

TEST_CASE("exclude() on a nullable column keeps the NULL rows", "[resolve]") {
  CHECK(
      from_where(objects("Customer").exclude("email", "a@b")) ==
      R"( FROM "shop_customer" WHERE NOT (("shop_customer"."email" = $1 AND "shop_customer"."email" IS NOT NULL)))");
}

TEST_CASE("annotate() after filter() on the same relation shares its join", "[resolve]") {
  CHECK(from_where(
            objects("Customer").filter("orders__status", "paid").annotate("n", Count("orders")))
            .find("T3") == std::string::npos);
}

TEST_CASE("self joins get distinct aliases", "[resolve]") {
  CHECK(
      from_where(objects("Category").filter("parent__parent__name", "Books")) ==
      R"( FROM "shop_categories" INNER JOIN "shop_categories" "T2" ON ("shop_categories"."parent_id" = "T2"."id") INNER JOIN "shop_categories" "T3" ON ("T2"."parent_id" = "T3"."id") WHERE "T3"."name" = $1)");
}
