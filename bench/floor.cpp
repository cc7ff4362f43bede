// SPDX-License-Identifier: MIT
#include "floor.hpp"

#include <array>
#include <charconv>
#include <map>

namespace sqlweave::bench {
namespace {

constexpr std::string_view select_product_quoted =
    R"(SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", )"
    R"("shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", )"
    R"("shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created" )"
    R"(FROM "shop_product" WHERE )";
constexpr std::string_view select_product_mysql =
    "SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, "
    "`shop_product`.`description`, "
    "`shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, "
    "`shop_product`.`weight`, "
    "`shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, "
    "`shop_product`.`created` "
    "FROM `shop_product` WHERE ";
constexpr std::string_view select_product_oracle =
    R"(SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", )"
    R"("SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", )"
    R"("SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED" )"
    R"(FROM "SHOP_PRODUCT" WHERE )";

// `prefix*` with GLOB's metacharacters bracketed (SQLite's case-sensitive startswith).
std::string glob_prefix(std::string_view prefix) {
  std::string p;
  p.reserve(prefix.size() + 1);
  for (char c : prefix) {
    if (c == '*' || c == '?' || c == '[') {
      p += '[';
      p += c;
      p += ']';
    } else {
      p += c;
    }
  }
  p += '*';
  return p;
}

// `prefix%` with LIKE's escape character and wildcards backslash-escaped.
std::string like_prefix(std::string_view prefix) {
  std::string p;
  p.reserve(prefix.size() + 1);
  for (char c : prefix) {
    if (c == '\\' || c == '%' || c == '_') p += '\\';
    p += c;
  }
  p += '%';
  return p;
}

void append_number(std::string& sql, int n) {
  char digits[12];
  const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  sql.append(digits, end);
}

// The text and values of `s` as compiled for each dialect, captured on first use.
const std::array<floor_output, std::size(all_dialects)>& compiled_once(const shape& s) {
  static std::map<std::string_view, std::array<floor_output, std::size(all_dialects)>> kept;
  auto [it, fresh] = kept.try_emplace(s.name);
  if (fresh)
    for (const auto d : all_dialects) {
      const auto c = compile(shop_schema(), s.build(), d);
      auto& out = it->second[static_cast<std::size_t>(d)];
      out.sql = c.statements.at(0).sql;
      out.params = c.statements.at(0).params;
    }
  return it->second;
}

}  // namespace

void floor_s1(dialect_id d, std::string_view prefix, floor_output& out) {
  out.sql.clear();
  out.params.clear();
  switch (d) {
    case dialect_id::sqlite:
      out.sql.append(select_product_quoted).append(R"("shop_product"."name" GLOB ?)");
      out.params.emplace_back(glob_prefix(prefix));
      return;
    case dialect_id::postgresql:
      out.sql.append(select_product_quoted).append(R"("shop_product"."name" LIKE $1)");
      break;
    case dialect_id::mysql:
      out.sql.append(select_product_mysql).append("`shop_product`.`name` LIKE BINARY ?");
      break;
    case dialect_id::oracle:
      out.sql.append(select_product_oracle).append(R"("SHOP_PRODUCT"."NAME" LIKE :1 ESCAPE '\')");
      break;
  }
  out.params.emplace_back(like_prefix(prefix));
}

void floor_s2(dialect_id d, floor_output& out) {
  out.sql.clear();
  out.params.clear();
  switch (d) {
    case dialect_id::sqlite:
      out.sql.append(select_product_quoted)
          .append(
              R"((("shop_product"."category_id" IN (?, ?, ?) OR "shop_product"."price" BETWEEN ? AND ?) )"
              R"(AND "shop_product"."active") ORDER BY "shop_product"."price" DESC, "shop_product"."id" ASC )"
              "LIMIT 10 OFFSET 10");
      break;
    case dialect_id::postgresql:
      out.sql.append(select_product_quoted)
          .append(
              R"((("shop_product"."category_id" IN ($1, $2, $3) OR "shop_product"."price" BETWEEN $4 AND $5) )"
              R"(AND "shop_product"."active") ORDER BY "shop_product"."price" DESC, "shop_product"."id" ASC )"
              "LIMIT 10 OFFSET 10");
      break;
    case dialect_id::mysql:
      out.sql.append(select_product_mysql)
          .append(
              "((`shop_product`.`category_id` IN (?, ?, ?) OR `shop_product`.`price` BETWEEN ? AND "
              "?) "
              "AND `shop_product`.`active`) ORDER BY `shop_product`.`price` DESC, "
              "`shop_product`.`id` ASC "
              "LIMIT 10 OFFSET 10");
      break;
    case dialect_id::oracle:
      out.sql.append(select_product_oracle)
          .append(
              R"((("SHOP_PRODUCT"."CATEGORY_ID" IN (:1, :2, :3) OR "SHOP_PRODUCT"."PRICE" BETWEEN :4 AND :5) )"
              R"(AND "SHOP_PRODUCT"."ACTIVE" = :6) ORDER BY "SHOP_PRODUCT"."PRICE" DESC, "SHOP_PRODUCT"."ID" ASC )"
              "OFFSET 10 ROWS FETCH FIRST 10 ROWS ONLY");
      break;
  }
  for (int v : {1, 2, 3, 10, 100}) out.params.emplace_back(v);
  // Oracle has no boolean type, so `active = 1`; elsewhere the column is the condition.
  if (d == dialect_id::oracle) out.params.emplace_back(1);
}

void floor_s6(dialect_id d, std::span<const tag_row> rows, floor_output& out) {
  out.sql.clear();
  out.params.clear();
  int n = 0;
  switch (d) {
    case dialect_id::sqlite:
    case dialect_id::mysql:
      out.sql.append(d == dialect_id::sqlite
                         ? R"(INSERT INTO "shop_tag" ("name", "weight") VALUES )"
                         : "INSERT INTO `shop_tag` (`name`, `weight`) VALUES ");
      for (std::size_t i = 0; i < rows.size(); ++i) out.sql.append(i ? ", (?, ?)" : "(?, ?)");
      if (d == dialect_id::sqlite) out.sql.append(R"( RETURNING "id")");
      break;
    case dialect_id::postgresql:
      out.sql.append(R"(INSERT INTO "shop_tag" ("name", "weight") VALUES )");
      for (std::size_t i = 0; i < rows.size(); ++i) {
        out.sql.append(i ? ", ($" : "($");
        append_number(out.sql, ++n);
        out.sql.append(", $");
        append_number(out.sql, ++n);
        out.sql += ')';
      }
      out.sql.append(R"( RETURNING "id")");
      break;
    case dialect_id::oracle:
      out.sql.append(R"(INSERT INTO "SHOP_TAG" ("NAME", "WEIGHT") )");
      for (std::size_t i = 0; i < rows.size(); ++i) {
        out.sql.append(i ? " UNION ALL SELECT :" : "SELECT :");
        append_number(out.sql, ++n);
        out.sql.append(", :");
        append_number(out.sql, ++n);
        out.sql.append(" FROM DUAL");
      }
      break;
  }
  for (const auto& row : rows) {
    out.params.emplace_back(row.name);
    out.params.emplace_back(row.weight);
  }
}

floor_fn floor_for(std::string_view shape) {
  if (shape == "S1") return [](dialect_id d, floor_output& out) { floor_s1(d, "Wid", out); };
  if (shape == "S2") return floor_s2;
  if (shape == "S6") return [](dialect_id d, floor_output& out) { floor_s6(d, tag_rows(), out); };
  for (const auto& s : shapes()) {
    if (s.name != shape) continue;
    const auto& texts = compiled_once(s);
    return [&texts](dialect_id d, floor_output& out) {
      const auto& kept = texts[static_cast<std::size_t>(d)];
      out.sql.assign(kept.sql);
      out.params.assign(kept.params.begin(), kept.params.end());
    };
  }
  return nullptr;
}

}  // namespace sqlweave::bench
