query: Product.objects.filter(~Exists(Review.objects.filter(product=OuterRef("pk"))))

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE NOT EXISTS(
  SELECT 1 AS "a"
  FROM "shop_review" "U0"
  WHERE "U0"."product_id" = "shop_product"."id"
)
params: []

[postgresql]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE NOT EXISTS(
  SELECT 1 AS "a"
  FROM "shop_review" "U0"
  WHERE "U0"."product_id" = "shop_product"."id"
)
params: []

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
WHERE NOT EXISTS(
  SELECT 1 AS `a`
  FROM `shop_review` `U0`
  WHERE `U0`.`product_id` = `shop_product`.`id`
)
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
FROM "SHOP_PRODUCT"
WHERE NOT EXISTS(
  SELECT 1 AS "A"
  FROM "SHOP_REVIEW" "U0"
  WHERE "U0"."PRODUCT_ID" = "SHOP_PRODUCT"."ID"
)
params: []
