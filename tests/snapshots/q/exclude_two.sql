query: Product.objects.exclude(stock__gt=5, active=True)

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE NOT (("shop_product"."stock" > ? AND "shop_product"."active"))
params: [5]

[postgresql]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE NOT (("shop_product"."stock" > $1 AND "shop_product"."active"))
params: [5]

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
WHERE NOT ((`shop_product`.`stock` > ? AND `shop_product`.`active`))
params: [5]

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
FROM "SHOP_PRODUCT"
WHERE NOT (("SHOP_PRODUCT"."STOCK" > :1 AND "SHOP_PRODUCT"."ACTIVE" = :2))
params: [5, 1]
