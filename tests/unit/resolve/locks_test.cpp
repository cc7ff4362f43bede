// SPDX-License-Identifier: MIT
// select_for_update(): OF over the tables select_related() follows, each database's form, and
// Django 3.2's refusals.
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

std::string sql_of(const std::string& text, dialect_id d) {
  return compile(shop(), parse_query(text), d).statements.at(0).sql;
}

std::string lock_of(const std::string& text, dialect_id d) {
  const auto sql = sql_of(text, d);
  const auto at = sql.find(" FOR ");
  return at == std::string::npos ? std::string() : sql.substr(at);
}

}  // namespace

TEST_CASE("of= names the tables of select_related() paths, in the order given", "[locks]") {
  const std::string q =
      R"(OrderLine.objects.select_for_update(of=("product", "order__customer", "self")).select_related("order__customer", "product"))";
  CHECK(lock_of(q, dialect_id::postgresql) ==
        R"( FOR UPDATE OF "shop_product", "shop_customer", "shop_orderline")");
  // Oracle's OF names the first column the SELECT reads from each table.
  CHECK(lock_of(q, dialect_id::oracle) ==
        R"( FOR UPDATE OF "SHOP_PRODUCT"."ID", "SHOP_CUSTOMER"."ID", "SHOP_ORDERLINE"."ID")");
  CHECK(lock_of(q, dialect_id::sqlite).empty());
}

TEST_CASE("of= uses a self join's alias", "[locks]") {
  CHECK(
      lock_of(
          R"(Category.objects.filter(parent__isnull=False).select_for_update(of=("self", "parent"), nowait=True).select_related("parent"))",
          dialect_id::oracle) == R"( FOR UPDATE OF "SHOP_CATEGORIES"."ID", "T2"."ID" NOWAIT)");
}

TEST_CASE("of= accepts only the relations the query follows, as Django", "[locks]") {
  CHECK_THROWS_WITH(
      sql_of(
          R"(Review.objects.select_for_update(of=("bogus", "tags")).select_related("author", "product__category"))",
          dialect_id::postgresql),
      "invalid field name(s) given in select_for_update(of=(...)): bogus, tags; only relational "
      "fields followed in the query are allowed; choices are: self, product, author, "
      "product__category");
  CHECK_THROWS_WITH(
      sql_of(R"(Product.objects.select_for_update(of=("category",)).filter(category__name="x"))",
             dialect_id::oracle),
      Catch::Contains("choices are: self"));
  // SQLite locks nothing: Django looks at none of the options there.
  CHECK_NOTHROW(
      sql_of(R"(Product.objects.select_for_update(of=("category",)))", dialect_id::sqlite));
}

TEST_CASE("MariaDB refuses SKIP LOCKED and OF as Django 3.2; NOWAIT renders", "[locks]") {
  CHECK_THROWS_WITH(
      sql_of(R"(Order.objects.select_for_update(skip_locked=True))", dialect_id::mysql),
      "mysql does not support select_for_update(skip_locked=True)");
  CHECK_THROWS_WITH(sql_of(R"(Order.objects.select_for_update(of=("self",)))", dialect_id::mysql),
                    "mysql does not support select_for_update(of=...)");
  CHECK(lock_of(R"(Order.objects.select_for_update(nowait=True).values_list("id"))",
                dialect_id::mysql) == " FOR UPDATE NOWAIT");
}

TEST_CASE("PostgreSQL cannot lock the nullable side of an outer join", "[locks]") {
  const std::string both = R"(Review.objects.select_for_update().select_related("author"))";
  CHECK_THROWS_WITH(sql_of(both, dialect_id::postgresql),
                    "postgresql does not support select_for_update() of the nullable side of an "
                    "outer join");
  CHECK(lock_of(both, dialect_id::mysql) == " FOR UPDATE");
  CHECK(lock_of(R"(Review.objects.select_for_update(of=("self",)).select_related("author"))",
                dialect_id::postgresql) == R"( FOR UPDATE OF "shop_review")");
  CHECK_THROWS(
      sql_of(R"(Review.objects.select_for_update(of=("author",)).select_related("author"))",
             dialect_id::postgresql));
}
