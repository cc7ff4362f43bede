query: Product.objects.annotate(x=Coalesce(Max("order_lines__unit_price"), "price")).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", COALESCE(MAX("shop_orderline"."unit_price"), "shop_product"."price") AS "x"
FROM "shop_product"
LEFT OUTER JOIN "shop_orderline" ON ("shop_product"."id" = "shop_orderline"."product_id")
GROUP BY "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
params: []

[postgresql]
SELECT "shop_product"."id", COALESCE(MAX("shop_orderline"."unit_price"), "shop_product"."price") AS "x"
FROM "shop_product"
LEFT OUTER JOIN "shop_orderline" ON ("shop_product"."id" = "shop_orderline"."product_id")
GROUP BY "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
params: []

[mysql]
SELECT `shop_product`.`id`, COALESCE(MAX(`shop_orderline`.`unit_price`), `shop_product`.`price`) AS `x`
FROM `shop_product`
LEFT OUTER JOIN `shop_orderline` ON (`shop_product`.`id` = `shop_orderline`.`product_id`)
GROUP BY `shop_product`.`id`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", COALESCE(MAX("SHOP_ORDERLINE"."UNIT_PRICE"), "SHOP_PRODUCT"."PRICE") AS "X"
FROM "SHOP_PRODUCT"
LEFT OUTER JOIN "SHOP_ORDERLINE" ON ("SHOP_PRODUCT"."ID" = "SHOP_ORDERLINE"."PRODUCT_ID")
GROUP BY "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
params: []
