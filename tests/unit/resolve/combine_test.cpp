// SPDX-License-Identifier: MIT
// qs1 | qs2 and qs1 & qs2 (Query.combine()): one SELECT, the other side's joins reused under OR
// and made afresh under AND, joins voted by one side of an OR made LEFT OUTER, and Django's
// restrictions on what may be combined. Rows are checked against Django in
// tests/django/cases/shop_combine.tsv.
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

std::string from_where(const queryset& q) {
  const auto sql = q.compile(shop(), dialect_id::postgresql).statements.at(0).sql;
  return sql.substr(sql.find(" FROM "));
}

std::string from_where(std::string_view text) {
  return from_where(queryset(parse_query(text)));
}

std::string refusal(std::string_view text) {
  try {
    compile(shop(), parse_query(text), dialect_id::postgresql);
  } catch (const error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("| ORs the conditions of both querysets in one SELECT", "[resolve][combine]") {
  const auto built = objects("Product").filter("stock", 0) | objects("Product").filter("sku", "x");
  CHECK(from_where(built) ==
        R"( FROM "shop_product" WHERE ("shop_product"."stock" = $1 OR "shop_product"."sku" = $2))");
  CHECK(from_where("Product.objects.filter(stock=0) | Product.objects.filter(sku='x')") ==
        from_where(built));
}

TEST_CASE("a join only one side of | needs becomes LEFT OUTER", "[resolve][combine]") {
  CHECK(
      from_where("Review.objects.filter(author__city='x') | Review.objects.filter(rating=5)") ==
      R"( FROM "shop_review" LEFT OUTER JOIN "shop_customer" ON ("shop_review"."author_id" = "shop_customer"."id") WHERE ("shop_customer"."city" = $1 OR "shop_review"."rating" = $2))");
}

TEST_CASE("| reuses the left side's multi-valued joins; & joins afresh", "[resolve][combine]") {
  CHECK(
      from_where(
          "Product.objects.filter(tags__name='a') | Product.objects.filter(tags__name='b')") ==
      R"( FROM "shop_product" INNER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id") INNER JOIN "shop_tag" ON ("shop_product_tags"."tag_id" = "shop_tag"."id") WHERE ("shop_tag"."name" = $1 OR "shop_tag"."name" = $2))");
  CHECK(
      from_where(
          "Product.objects.filter(tags__name='a') & Product.objects.filter(tags__name='b')") ==
      R"( FROM "shop_product" INNER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id") INNER JOIN "shop_tag" ON ("shop_product_tags"."tag_id" = "shop_tag"."id") INNER JOIN "shop_product_tags" "T4" ON ("shop_product"."id" = "T4"."product_id") INNER JOIN "shop_tag" "T5" ON ("T4"."tag_id" = "T5"."id") WHERE ("shop_tag"."name" = $1 AND "T5"."name" = $2))");
}

TEST_CASE("| takes over the join whose alias the right side would give it", "[resolve][combine]") {
  // Alone, the right side names its join "shop_order": the left side's first, not its newest.
  CHECK(
      from_where("Customer.objects.filter(orders__status='paid').filter(orders__total__gt=1) | "
                 "Customer.objects.filter(orders__items=3)") ==
      R"( FROM "shop_customer" INNER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id") LEFT OUTER JOIN "shop_order" "T3" ON ("shop_customer"."id" = "T3"."customer_id") WHERE (("shop_order"."status" = $1 AND "T3"."total" > $2) OR "shop_order"."items" = $3))");
}

TEST_CASE("a side without conditions, or none(), as Django combines them", "[resolve][combine]") {
  CHECK(from_where("Product.objects.all() | Product.objects.filter(stock=0)") ==
        R"( FROM "shop_product")");
  CHECK(from_where("Product.objects.none() | Product.objects.filter(stock=0)") ==
        R"( FROM "shop_product" WHERE "shop_product"."stock" = $1)");
  CHECK(from_where("Product.objects.filter(stock=0) | Product.objects.none()") ==
        R"( FROM "shop_product" WHERE "shop_product"."stock" = $1)");
}

TEST_CASE("the right side's ordering wins unless it has none", "[resolve][combine]") {
  CHECK(from_where("Product.objects.order_by('name') | Product.objects.order_by('-id')") ==
        R"( FROM "shop_product" ORDER BY "shop_product"."id" DESC)");
  CHECK(from_where("Product.objects.order_by('name') | Product.objects.order_by()") ==
        R"( FROM "shop_product" ORDER BY "shop_product"."name" ASC)");
}

TEST_CASE("what Django refuses to combine, and what sqlweave does not take", "[resolve][combine]") {
  CHECK(refusal("Product.objects.all() | Tag.objects.all()") ==
        "cannot combine querysets of two models (Product and Tag)");
  CHECK(refusal("Product.objects.values('id') | Product.objects.values('name')") ==
        "querysets combined with values() must name the same fields on both sides");
  CHECK(refusal("Product.objects.distinct() | Product.objects.all()") ==
        "cannot combine a distinct() queryset with one that is not");
  CHECK(refusal("Product.objects.all()[:2] | Product.objects.all()") ==
        "'|' after slicing is not supported: slice the combined queryset");
  CHECK(refusal("Product.objects.all() | Product.objects.annotate(n=Count('tags'))") ==
        "annotate() on the right of '|' is not supported: Query.combine() keeps only the right "
        "side's conditions and ordering; call it on the combined queryset");
}
