query: Product.objects.filter(created__hour__gte=12, created__hour__lt=18)

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE (
  CAST(strftime('%H', "shop_product"."created") AS INTEGER) >= ?
  AND CAST(strftime('%H', "shop_product"."created") AS INTEGER) < ?
)
params: [12, 18]

[postgresql]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE (
  EXTRACT(HOUR FROM "shop_product"."created") >= $1
  AND EXTRACT(HOUR FROM "shop_product"."created") < $2
)
params: [12, 18]

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
WHERE (
  EXTRACT(HOUR FROM `shop_product`.`created`) >= ?
  AND EXTRACT(HOUR FROM `shop_product`.`created`) < ?
)
params: [12, 18]

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
FROM "SHOP_PRODUCT"
WHERE (
  EXTRACT(HOUR FROM "SHOP_PRODUCT"."CREATED") >= :1
  AND EXTRACT(HOUR FROM "SHOP_PRODUCT"."CREATED") < :2
)
params: [12, 18]
