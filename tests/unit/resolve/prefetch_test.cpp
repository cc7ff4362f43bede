// SPDX-License-Identifier: MIT
// prefetch_related(): one statement per hop, its keys bound when the parent rows are known.
#include <catch2/catch.hpp>

#include "sqlweave/compile.hpp"
#include "sqlweave/error.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/query.hpp"
#include "support/fixture.hpp"
#include "support/shop_schema.hpp"

using namespace sqlweave;

TEST_CASE("prefetch_related plans one statement per hop", "[resolve][prefetch]") {
  const schema s = testing::shop_schema();
  const auto c = objects("Customer")
                     .prefetch_related({"orders__lines", "profile"})
                     .compile(s, dialect_id::postgresql);
  REQUIRE(c.prefetches.size() == 3);
  CHECK(c.prefetches[0].path == "orders");
  CHECK(c.prefetches[0].source == -1);
  CHECK(c.prefetches[0].key_column == "id");
  CHECK(c.prefetches[0].match_column == "customer_id");
  CHECK(c.prefetches[1].path == "orders__lines");
  CHECK(c.prefetches[1].source == 0);
  const auto batches = c.prefetches[1].statements({value(7), value(9)});
  REQUIRE(batches.size() == 1);
  CHECK(
      batches[0].sql ==
      R"(SELECT "shop_orderline"."id", "shop_orderline"."order_id", "shop_orderline"."product_id", "shop_orderline"."quantity", "shop_orderline"."unit_price", "shop_orderline"."note" FROM "shop_orderline" WHERE "shop_orderline"."order_id" IN ($1, $2))");
  CHECK(batches[0].params == std::vector<value>{value(7), value(9)});
}

TEST_CASE("prefetch keys are batched under the parameter limit", "[resolve][prefetch]") {
  const schema s = testing::shop_schema();
  const auto c = objects("Product").prefetch_related({"tags"}).compile(s, dialect_id::oracle);
  std::vector<value> keys;
  for (int i = 0; i < 2500; ++i) keys.emplace_back(i);
  const auto batches = c.prefetches.at(0).statements(keys);
  REQUIRE(batches.size() == 3);  // Oracle: 1000 per IN list
  CHECK(batches[2].params.size() == 500);
}

TEST_CASE("an m2m prefetch on SQLite returns each tag with its product", "[sqlite][prefetch]") {
  const schema s = testing::shop_schema();
  const auto c =
      objects("Product").filter("id", 1).prefetch_related({"tags"}).compile(s, dialect_id::sqlite);
  const auto rows = testing::shop_sqlite().query(c.prefetches.at(0).statements({value(1)}).at(0));
  std::vector<std::int64_t> tag_ids;
  for (const auto& r : rows) {
    CHECK(r.back().as_int() == 1);
    tag_ids.push_back(r.front().as_int());
  }
  std::sort(tag_ids.begin(), tag_ids.end());
  std::vector<std::int64_t> expected;
  for (const auto& link : testing::fixture_rows("shop_product_tags"))
    if (link.at("product_id") == 1) expected.push_back(link.at("tag_id").get<std::int64_t>());
  std::sort(expected.begin(), expected.end());
  CHECK(tag_ids == expected);
}

namespace {

compiled_query shop_text(std::string_view text) {
  static const schema s = testing::shop_schema();
  return compile(s, parse_query(text), dialect_id::sqlite);
}

std::string refusal(std::string_view text) {
  try {
    shop_text(text);
  } catch (const error& e) {
    return e.what();
  }
  return {};
}

}  // namespace

TEST_CASE("Prefetch() objects take a queryset and a to_attr", "[resolve][prefetch]") {
  const auto c = shop_text(
      R"(Customer.objects.prefetch_related(Prefetch("orders", queryset=Order.objects.filter()"
      R"(total__gt=10).order_by("-id"), to_attr="big"), "big__lines"))");
  REQUIRE(c.prefetches.size() == 2);
  CHECK(c.prefetches[0].path == "big");
  // The queryset's conditions, then the keys; its ordering.
  CHECK(c.prefetches[0].sql_head.ends_with(
      R"(FROM "shop_order" WHERE ("shop_order"."total" > ? AND "shop_order"."customer_id" IN ()"));
  CHECK(c.prefetches[0].sql_tail == R"()) ORDER BY "shop_order"."id" DESC)");
  // The queryset's parameters come before the keys.
  const auto batch = c.prefetches[0].statements({value(4)});
  REQUIRE(batch.size() == 1);
  REQUIRE(batch[0].params.size() == 2);
  CHECK(batch[0].params[1] == value(4));
  // A path through the to_attr follows that hop's rows.
  CHECK(c.prefetches[1].path == "big__lines");
  CHECK(c.prefetches[1].source == 0);
  // No queryset: the lookup's rows under another name; a lookup with hops sets the last one.
  CHECK(shop_text(R"(Customer.objects.prefetch_related(Prefetch("orders__lines", to_attr="l")))")
            .prefetches.at(1)
            .path == "orders__l");
}

TEST_CASE("Prefetch() is refused as Django refuses it", "[resolve][prefetch]") {
  CHECK(refusal(R"(Customer.objects.prefetch_related(Prefetch("orders", )"
                R"(queryset=Order.objects.values("id"))))") ==
        "Prefetch querysets cannot use raw(), values(), and values_list().");
  CHECK(refusal(R"(Customer.objects.prefetch_related("orders", Prefetch("orders", )"
                R"(queryset=Order.objects.all())))") ==
        "'orders' lookup was already seen with a different queryset. You may need to adjust the "
        "ordering of your lookups.");
  CHECK(refusal(R"(Customer.objects.prefetch_related(Prefetch("orders", to_attr="name")))") ==
        "to_attr=name conflicts with a field on the Customer model.");
  CHECK(refusal(R"(Customer.objects.prefetch_related(Prefetch("orders", )"
                R"(queryset=Product.objects.all())))") ==
        "Prefetch('orders') takes a queryset of Order, not of Product");
  // The to_attr is not there before the Prefetch() that sets it.
  CHECK(refusal(R"(Customer.objects.prefetch_related("big__lines", Prefetch("orders", )"
                R"(to_attr="big")))")
            .starts_with("Cannot find 'big' on Customer object, 'big__lines' is an invalid"));
}
