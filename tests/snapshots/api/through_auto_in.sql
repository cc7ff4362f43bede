query: Product.objects.filter(id__in=Product.tags.through.objects.filter(tag_id=1).values("product_id"))

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE "shop_product"."id" IN (
  SELECT "U0"."product_id"
  FROM "shop_product_tags" "U0"
  WHERE "U0"."tag_id" = ?
)
params: [1]

[postgresql]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE "shop_product"."id" IN (
  SELECT "U0"."product_id"
  FROM "shop_product_tags" "U0"
  WHERE "U0"."tag_id" = $1
)
params: [1]

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
WHERE `shop_product`.`id` IN (
  SELECT `U0`.`product_id`
  FROM `shop_product_tags` `U0`
  WHERE `U0`.`tag_id` = ?
)
params: [1]

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."ID" IN (
  SELECT "U0"."PRODUCT_ID"
  FROM "SHOP_PRODUCT_TAGS" "U0"
  WHERE "U0"."TAG_ID" = :1
)
params: [1]
