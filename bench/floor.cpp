// SPDX-License-Identifier: MIT
#include "floor.hpp"

#include <fmt/format.h>

namespace sqlweave::bench {
namespace {

constexpr std::string_view product_columns_quoted =
    R"("shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created")";
constexpr std::string_view product_columns_mysql =
    "`shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, "
    "`shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, "
    "`shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`";
constexpr std::string_view product_columns_oracle =
    R"("SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED")";

// `prefix%` with LIKE's wildcards escaped, or `prefix*` with GLOB's.
std::string pattern(std::string_view prefix, bool glob) {
  std::string p;
  p.reserve(prefix.size() + 2);
  for (char c : prefix) {
    if (glob && (c == '*' || c == '?' || c == '[')) {
      p += '[';
      p += c;
      p += ']';
      continue;
    }
    if (!glob && (c == '\\' || c == '%' || c == '_')) p += '\\';
    p += c;
  }
  p += glob ? '*' : '%';
  return p;
}

}  // namespace

void floor_s1(dialect_id d, std::string_view prefix, floor_output& out) {
  out.sql.clear();
  out.params.clear();
  switch (d) {
    case dialect_id::sqlite:
      out.sql.append("SELECT ").append(product_columns_quoted).append(R"( FROM "shop_product" WHERE "shop_product"."name" GLOB ?)");
      out.params.emplace_back(pattern(prefix, true));
      return;
    case dialect_id::postgresql:
      out.sql.append("SELECT ").append(product_columns_quoted).append(R"( FROM "shop_product" WHERE "shop_product"."name" LIKE $1)");
      break;
    case dialect_id::mysql:
      out.sql.append("SELECT ").append(product_columns_mysql).append(" FROM `shop_product` WHERE `shop_product`.`name` LIKE BINARY ?");
      break;
    case dialect_id::oracle:
      out.sql.append("SELECT ").append(product_columns_oracle).append(R"( FROM "SHOP_PRODUCT" WHERE "SHOP_PRODUCT"."NAME" LIKE :1 ESCAPE '\')");
      break;
  }
  out.params.emplace_back(pattern(prefix, false));
}

void floor_s2(dialect_id d, floor_output& out) {
  out.sql.clear();
  out.params.clear();
  switch (d) {
    case dialect_id::sqlite:
      out.sql.append("SELECT ").append(product_columns_quoted).append(
          R"( FROM "shop_product" WHERE (("shop_product"."category_id" IN (?, ?, ?) OR "shop_product"."price" BETWEEN ? AND ?) AND "shop_product"."active" = ?) ORDER BY "shop_product"."price" DESC, "shop_product"."id" ASC LIMIT 10 OFFSET 10)");
      break;
    case dialect_id::postgresql:
      out.sql.append("SELECT ").append(product_columns_quoted).append(
          R"( FROM "shop_product" WHERE (("shop_product"."category_id" IN ($1, $2, $3) OR "shop_product"."price" BETWEEN $4 AND $5) AND "shop_product"."active" = $6) ORDER BY "shop_product"."price" DESC, "shop_product"."id" ASC LIMIT 10 OFFSET 10)");
      break;
    case dialect_id::mysql:
      out.sql.append("SELECT ").append(product_columns_mysql).append(
          " FROM `shop_product` WHERE ((`shop_product`.`category_id` IN (?, ?, ?) OR `shop_product`.`price` BETWEEN ? AND ?) "
          "AND `shop_product`.`active` = ?) ORDER BY `shop_product`.`price` DESC, `shop_product`.`id` ASC LIMIT 10 OFFSET 10");
      break;
    case dialect_id::oracle:
      out.sql.append("SELECT ").append(product_columns_oracle).append(
          R"( FROM "SHOP_PRODUCT" WHERE (("SHOP_PRODUCT"."CATEGORY_ID" IN (:1, :2, :3) OR "SHOP_PRODUCT"."PRICE" BETWEEN :4 AND :5) AND "SHOP_PRODUCT"."ACTIVE" = :6) ORDER BY "SHOP_PRODUCT"."PRICE" DESC, "SHOP_PRODUCT"."ID" ASC OFFSET 10 ROWS FETCH FIRST 10 ROWS ONLY)");
      break;
  }
  for (int v : {1, 2, 3, 10, 100}) out.params.emplace_back(v);
  if (d == dialect_id::oracle)
    out.params.emplace_back(1);  // no boolean type: 1/0
  else
    out.params.emplace_back(true);
}

void floor_s6(dialect_id d, floor_output& out) {
  out.sql.clear();
  out.params.clear();
  auto placeholder = [&](int n) {
    switch (d) {
      case dialect_id::postgresql: fmt::format_to(std::back_inserter(out.sql), "${}", n); break;
      case dialect_id::oracle: fmt::format_to(std::back_inserter(out.sql), ":{}", n); break;
      default: out.sql += '?';
    }
  };
  switch (d) {
    case dialect_id::mysql: out.sql.append("INSERT INTO `shop_tag` (`name`, `weight`) "); break;
    case dialect_id::oracle: out.sql.append(R"(INSERT INTO "SHOP_TAG" ("NAME", "WEIGHT") )"); break;
    default: out.sql.append(R"(INSERT INTO "shop_tag" ("name", "weight") )");
  }
  if (d != dialect_id::oracle) out.sql.append("VALUES ");
  char name[8];
  for (int i = 0; i < 100; ++i) {
    if (d == dialect_id::oracle) {
      out.sql.append(i == 0 ? "SELECT " : " UNION ALL SELECT ");
    } else {
      out.sql.append(i == 0 ? "(" : ", (");
    }
    placeholder(2 * i + 1);
    out.sql.append(", ");
    placeholder(2 * i + 2);
    out.sql.append(d == dialect_id::oracle ? " FROM DUAL" : ")");
    const auto len = fmt::format_to_n(name, sizeof name, "t{}", i).size;
    out.params.emplace_back(std::string_view(name, len));
    out.params.emplace_back(i);
  }
  if (d == dialect_id::sqlite || d == dialect_id::postgresql) out.sql.append(R"( RETURNING "id")");
}

}  // namespace sqlweave::bench
