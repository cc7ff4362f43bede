query: Product.objects.filter(stock__gte=F("order_lines__quantity")).distinct()

[sqlite]
SELECT DISTINCT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
INNER JOIN "shop_orderline" ON ("shop_product"."id" = "shop_orderline"."product_id")
WHERE "shop_product"."stock" >= "shop_orderline"."quantity"
params: []

[postgresql]
SELECT DISTINCT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
INNER JOIN "shop_orderline" ON ("shop_product"."id" = "shop_orderline"."product_id")
WHERE "shop_product"."stock" >= "shop_orderline"."quantity"
params: []

[mysql]
SELECT DISTINCT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
INNER JOIN `shop_orderline` ON (`shop_product`.`id` = `shop_orderline`.`product_id`)
WHERE `shop_product`.`stock` >= `shop_orderline`.`quantity`
params: []

[oracle]
SELECT DISTINCT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
FROM "SHOP_PRODUCT"
INNER JOIN "SHOP_ORDERLINE" ON ("SHOP_PRODUCT"."ID" = "SHOP_ORDERLINE"."PRODUCT_ID")
WHERE "SHOP_PRODUCT"."STOCK" >= "SHOP_ORDERLINE"."QUANTITY"
params: []
