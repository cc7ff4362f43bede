// SPDX-License-Identifier: MIT
#include "shapes.hpp"

#include <fmt/format.h>

namespace sqlweave::bench {
namespace {

std::string bulk_text() {
  std::string text = "Tag.objects.bulk_create([";
  for (int i = 0; i < 100; ++i) text += fmt::format("{}Tag(name=\"t{}\", weight={})", i ? ", " : "", i, i);
  return text + "])";
}

queryset s1() { return objects("Product").filter("name__startswith", "Wid"); }
queryset s1_params() { return objects("Product").filter("name__startswith", param("prefix")); }
queryset s2() {
  return objects("Product")
      .filter(Q("category_id__in", {1, 2, 3}) | Q("price__range", {10, 100}))
      .filter("active", true)
      .order_by({"-price", "id"})
      .slice(10, 20);
}
queryset s2_params() {
  return objects("Product")
      .filter(Q("category_id__in", {1, 2, 3}) | Q("price__range", {param("low"), param("high")}))
      .filter("active", true)
      .order_by({"-price", "id"})
      .slice(10, 20);
}
queryset s3() {
  return objects("OrderLine").filter(Q("order__customer__country", "DE") & Q("product__price__gt", 100));
}
queryset s4() {
  return objects("Customer").values({"country"}).annotate("n", Count("orders")).filter("n__gt", 2).order_by({"-n"});
}
queryset s5() {
  return objects("Customer").filter(Exists(objects("Review").filter(Q("author", OuterRef("pk")) & Q("rating__gte", 4))));
}
queryset s6() {
  std::vector<expression> tags;
  tags.reserve(100);
  for (int i = 0; i < 100; ++i) tags.push_back(object("Tag", {{"name", fmt::format("t{}", i)}, {"weight", i}}));
  return objects("Tag").bulk_create(std::move(tags));
}
queryset s7() { return objects("Product").filter("stock__lt", 5).update({{"stock", F("stock") + 10}}); }
queryset none() { return objects("Tag"); }

}  // namespace

const std::vector<shape>& shapes() {
  static const std::vector<shape> all{
      {"S1", R"(Product.objects.filter(name__startswith="Wid"))", s1,
       R"(Product.objects.filter(name__startswith=:prefix))", s1_params, {{"prefix", value("Ab")}}},
      {"S2",
       R"(Product.objects.filter(Q(category_id__in=[1, 2, 3]) | Q(price__range=(10, 100))).filter(active=True).order_by("-price", "id")[10:20])",
       s2,
       R"(Product.objects.filter(Q(category_id__in=[1, 2, 3]) | Q(price__range=(:low, :high))).filter(active=True).order_by("-price", "id")[10:20])",
       s2_params, {{"low", value(5)}, {"high", value(50)}}},
      {"S3", R"(OrderLine.objects.filter(order__customer__country="DE", product__price__gt=100))", s3, "", none, {}},
      {"S4", R"(Customer.objects.values("country").annotate(n=Count("orders")).filter(n__gt=2).order_by("-n"))", s4, "",
       none, {}},
      {"S5", R"(Customer.objects.filter(Exists(Review.objects.filter(author=OuterRef("pk"), rating__gte=4))))", s5, "",
       none, {}},
      {"S6", bulk_text(), s6, "", none, {}},
      {"S7", R"(Product.objects.filter(stock__lt=5).update(stock=F("stock") + 10))", s7, "", none, {}},
  };
  return all;
}

const schema& shop_schema() {
  static const schema s = schema::from_models_file(SQLWEAVE_SOURCE_DIR "/tests/fixtures/shop/models.py", {"shop"});
  return s;
}

}  // namespace sqlweave::bench
