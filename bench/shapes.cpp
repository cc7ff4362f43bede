// SPDX-License-Identifier: MIT
#include "shapes.hpp"

#include <fmt/format.h>

namespace sqlweave::bench {
namespace {

// filter(a, b) is filter(a & Q(b)) in Django, so the builder spells keyword pairs with `&`.
ast::query s1() {
  return objects("Product").filter("name__startswith", "Wid").ast();
}
ast::query s1_params() {
  return objects("Product").filter("name__startswith", param("prefix")).ast();
}

ast::query s2() {
  return objects("Product")
      .filter((Q("category_id__in", {1, 2, 3}) | Q("price__range", {10, 100})) & Q("active", true))
      .order_by({"-price", "id"})
      .slice(10, 20)
      .ast();
}
ast::query s2_params() {
  return objects("Product")
      .filter((Q("category_id__in", {1, 2, 3}) | Q("price__range", {param("low"), param("high")})) &
              Q("active", true))
      .order_by({"-price", "id"})
      .slice(10, 20)
      .ast();
}

ast::query s3() {
  return objects("OrderLine")
      .filter(Q("order__customer__country", "DE") & Q("product__price__gt", 100))
      .ast();
}

ast::query s4() {
  return objects("Customer")
      .values({"country"})
      .annotate("n", Count("orders"))
      .filter("n__gt", 2)
      .order_by({"-n"})
      .ast();
}

ast::query s5() {
  return objects("Customer")
      .filter(Exists(objects("Review").filter(Q("author", OuterRef("pk")) & Q("rating__gte", 4))))
      .ast();
}

ast::query s6() {
  std::vector<expression> tags;
  tags.reserve(tag_rows().size());
  for (const auto& row : tag_rows())
    tags.push_back(object("Tag", {{"name", row.name}, {"weight", row.weight}}));
  return objects("Tag").bulk_create(std::move(tags)).ast();
}

ast::query s7() {
  return objects("Product").filter("stock__lt", 5).update({{"stock", F("stock") + 10}}).ast();
}

std::string s6_text() {
  std::string text = "Tag.objects.bulk_create([";
  for (const auto& row : tag_rows())
    fmt::format_to(std::back_inserter(text), "{}Tag(name=\"{}\", weight={})",
                   row.weight ? ", " : "", row.name, row.weight);
  return text + "])";
}

}  // namespace

ast::query s8(int n) {
  expression terms = Q("stock", 0);
  for (int i = 1; i < n; ++i) terms = terms | Q("name__icontains", fmt::format("x{}", i));
  return objects("Product").filter(terms).ast();
}

ast::query s9(int n) {
  std::vector<expression> rows;
  rows.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i)
    rows.push_back(object("Tag", {{"name", fmt::format("t{}", i)}, {"weight", i}}));
  return objects("Tag").bulk_create(std::move(rows)).ast();
}

const std::vector<tag_row>& tag_rows() {
  static const std::vector<tag_row> rows = [] {
    std::vector<tag_row> r;
    for (int i = 0; i < 100; ++i) r.push_back({fmt::format("t{}", i), i});
    return r;
  }();
  return rows;
}

const std::vector<shape>& shapes() {
  static const std::vector<shape> all{
      {"S1",
       R"(Product.objects.filter(name__startswith="Wid"))",
       s1,
       "Product.objects.filter(name__startswith=:prefix)",
       s1_params,
       {{"prefix", value("Wid")}}},
      {"S2",
       R"(Product.objects.filter(Q(category_id__in=[1, 2, 3]) | Q(price__range=(10, 100)), active=True).order_by("-price", "id")[10:20])",
       s2,
       R"(Product.objects.filter(Q(category_id__in=[1, 2, 3]) | Q(price__range=(:low, :high)), active=True).order_by("-price", "id")[10:20])",
       s2_params,
       {{"low", value(10)}, {"high", value(100)}}},
      {"S3",
       R"(OrderLine.objects.filter(order__customer__country="DE", product__price__gt=100))",
       s3,
       {},
       nullptr,
       {}},
      {"S4",
       R"(Customer.objects.values("country").annotate(n=Count("orders")).filter(n__gt=2).order_by("-n"))",
       s4,
       {},
       nullptr,
       {}},
      {"S5",
       R"(Customer.objects.filter(Exists(Review.objects.filter(author=OuterRef("pk"), rating__gte=4))))",
       s5,
       {},
       nullptr,
       {}},
      {"S6", s6_text(), s6, {}, nullptr, {}},
      {"S7",
       R"(Product.objects.filter(stock__lt=5).update(stock=F("stock") + 10))",
       s7,
       {},
       nullptr,
       {}},
  };
  return all;
}

const schema& shop_schema() {
  static const schema s =
      schema::from_models_file(SQLWEAVE_SOURCE_DIR "/tests/fixtures/shop/models.py", {"shop"});
  return s;
}

}  // namespace sqlweave::bench
