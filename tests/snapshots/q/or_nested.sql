query: Product.objects.filter(Q(Q(stock=0) | Q(stock__lt=0)) & ~Q(active=False))

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE (
  ("shop_product"."stock" = ? OR "shop_product"."stock" < ?)
  AND NOT (NOT "shop_product"."active")
)
params: [0, 0]

[postgresql]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE (
  ("shop_product"."stock" = $1 OR "shop_product"."stock" < $2)
  AND NOT (NOT "shop_product"."active")
)
params: [0, 0]

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
WHERE (
  (`shop_product`.`stock` = ? OR `shop_product`.`stock` < ?)
  AND NOT (NOT `shop_product`.`active`)
)
params: [0, 0]

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
FROM "SHOP_PRODUCT"
WHERE (
  ("SHOP_PRODUCT"."STOCK" = :1 OR "SHOP_PRODUCT"."STOCK" < :2)
  AND NOT ("SHOP_PRODUCT"."ACTIVE" = :3)
)
params: [0, 0, 0]
