query: Product.objects.filter(id__in=Order.objects.get(pk=1).lines.values("product")).order_by("id")

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE "shop_product"."id" IN (
  SELECT "U0"."product_id"
  FROM "shop_orderline" "U0"
  WHERE "U0"."order_id" = ?
)
ORDER BY "shop_product"."id" ASC
params: [1]

[postgresql]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE "shop_product"."id" IN (
  SELECT "U0"."product_id"
  FROM "shop_orderline" "U0"
  WHERE "U0"."order_id" = $1
)
ORDER BY "shop_product"."id" ASC
params: [1]

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
WHERE `shop_product`.`id` IN (
  SELECT `U0`.`product_id`
  FROM `shop_orderline` `U0`
  WHERE `U0`.`order_id` = ?
)
ORDER BY `shop_product`.`id` ASC
params: [1]

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."ID" IN (
  SELECT "U0"."PRODUCT_ID"
  FROM "SHOP_ORDERLINE" "U0"
  WHERE "U0"."ORDER_ID" = :1
)
ORDER BY "SHOP_PRODUCT"."ID" ASC
params: [1]
