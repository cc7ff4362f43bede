// SPDX-License-Identifier: MIT
#include "support/shop_schema.hpp"

namespace sqlweave::testing {
namespace {

field make(std::string name, field_type type, bool null = false) {
  field f;
  f.name = std::move(name);
  f.type = type;
  f.null = null;
  return f;
}

field with_default(field f, value v) {
  f.default_value = std::move(v);
  return f;
}

field text(std::string name, int max_length, bool null = false) {
  field f = make(std::move(name), field_type::char_field, null);
  f.max_length = max_length;
  return f;
}

field money(std::string name, int digits, bool null = false) {
  field f = make(std::move(name), field_type::decimal_field, null);
  f.max_digits = digits;
  f.decimal_places = 2;
  return f;
}

field fk(std::string name, std::string target, std::string related, bool null = false,
         field_type type = field_type::foreign_key) {
  field f = make(std::move(name), type, null);
  f.target = std::move(target);
  f.related_name = std::move(related);
  return f;
}

}  // namespace

schema shop_schema() {
  schema s;
  s.add_model("Customer", "shop")
      .add(text("name", 100))
      .add(text("email", 200, true))
      .add(text("city", 60))
      .add(text("country", 2))
      .add(with_default(make("vip", field_type::boolean_field), false))
      .add(money("credit", 10))
      .add(make("score", field_type::float_field, true))
      .add(make("joined", field_type::date_field))
      .add(make("last_login", field_type::datetime_field, true))
      .add(make("notes", field_type::text_field, true));
  field nick = text("nickname", 50, true);
  nick.db_column = "nick";
  s.add_model("Profile", "shop")
      .add(fk("customer", "Customer", "profile", false, field_type::one_to_one))
      .add(nick)
      .add(make("bio", field_type::text_field))
      .add(make("birth_date", field_type::date_field, true))
      .add(with_default(make("newsletter", field_type::boolean_field), true))
      .add(make("height_cm", field_type::integer_field, true));
  field slug = text("slug", 80);
  slug.unique = true;
  auto category = s.add_model("Category", "shop")
                      .add(text("name", 80))
                      .add(slug)
                      .add(fk("parent", "self", "children", true))
                      .add(with_default(make("position", field_type::integer_field), 0));
  category.get().db_table = "shop_categories";
  field tag_name = text("name", 40);
  tag_name.unique = true;
  s.add_model("Tag", "shop")
      .add(tag_name)
      .add(with_default(make("weight", field_type::integer_field), 1));
  field sku = text("sku", 20);
  sku.unique = true;
  s.add_model("Product", "shop")
      .add(text("name", 120))
      .add(sku)
      .add(make("description", field_type::text_field))
      .add(fk("category", "Category", "products"))
      .add(money("price", 8))
      .add(money("cost", 8, true))
      .add(make("weight", field_type::float_field, true))
      .add(with_default(make("stock", field_type::integer_field), 0))
      .add(with_default(make("active", field_type::boolean_field), true))
      .add(make("released", field_type::date_field, true))
      .add(make("created", field_type::datetime_field))
      .add(fk("tags", "Tag", "products", false, field_type::many_to_many));
  auto order = s.add_model("Order", "shop")
                   .add(fk("customer", "Customer", "orders"))
                   .add(text("status", 20))
                   .add(make("placed", field_type::datetime_field))
                   .add(make("shipped", field_type::date_field, true))
                   .add(money("total", 10))
                   .add(money("discount", 6, true))
                   .add(text("coupon", 30, true))
                   .add(with_default(make("items", field_type::integer_field), 0));
  order.get().ordering = {"-placed", "id"};
  s.add_model("OrderLine", "shop")
      .add(fk("order", "Order", "lines"))
      .add(fk("product", "Product", "order_lines"))
      .add(make("quantity", field_type::integer_field))
      .add(money("unit_price", 8))
      .add(text("note", 100));
  field author = fk("author", "Customer", "reviews", true);
  author.on_delete = on_delete::set_null;
  s.add_model("Review", "shop")
      .add(fk("product", "Product", "reviews"))
      .add(author)
      .add(make("rating", field_type::integer_field))
      .add(text("title", 200))
      .add(make("body", field_type::text_field))
      .add(make("created", field_type::datetime_field))
      .add(with_default(make("helpful", field_type::integer_field), 0))
      .add(with_default(make("verified", field_type::boolean_field), false));
  s.finalize();
  return s;
}

}  // namespace sqlweave::testing
