query: Product.objects.exclude(tags__name="sale")

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE NOT (EXISTS(
  SELECT 1 AS "a"
  FROM "shop_product" "U0"
  INNER JOIN "shop_product_tags" "U1" ON ("U0"."id" = "U1"."product_id")
  INNER JOIN "shop_tag" "U2" ON ("U1"."tag_id" = "U2"."id")
  WHERE ("U0"."id" = "shop_product"."id" AND "U2"."name" = ?)
))
params: ["sale"]

[postgresql]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE NOT (EXISTS(
  SELECT 1 AS "a"
  FROM "shop_product" "U0"
  INNER JOIN "shop_product_tags" "U1" ON ("U0"."id" = "U1"."product_id")
  INNER JOIN "shop_tag" "U2" ON ("U1"."tag_id" = "U2"."id")
  WHERE ("U0"."id" = "shop_product"."id" AND "U2"."name" = $1)
))
params: ["sale"]

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
WHERE NOT (EXISTS(
  SELECT 1 AS `a`
  FROM `shop_product` `U0`
  INNER JOIN `shop_product_tags` `U1` ON (`U0`.`id` = `U1`.`product_id`)
  INNER JOIN `shop_tag` `U2` ON (`U1`.`tag_id` = `U2`.`id`)
  WHERE (`U0`.`id` = `shop_product`.`id` AND `U2`.`name` = BINARY ?)
))
params: ["sale"]

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
FROM "SHOP_PRODUCT"
WHERE NOT (EXISTS(
  SELECT 1 AS "A"
  FROM "SHOP_PRODUCT" "U0"
  INNER JOIN "SHOP_PRODUCT_TAGS" "U1" ON ("U0"."ID" = "U1"."PRODUCT_ID")
  INNER JOIN "SHOP_TAG" "U2" ON ("U1"."TAG_ID" = "U2"."ID")
  WHERE ("U0"."ID" = "SHOP_PRODUCT"."ID" AND "U2"."NAME" = :1)
))
params: ["sale"]
