query: Product.objects.annotate(x=Case(When(stock__gt=10, then=F("stock")), default=Max("order_lines__quantity"))).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", CASE WHEN "shop_product"."stock" > ? THEN "shop_product"."stock" ELSE MAX("shop_orderline"."quantity") END AS "x"
FROM "shop_product"
LEFT OUTER JOIN "shop_orderline" ON ("shop_product"."id" = "shop_orderline"."product_id")
GROUP BY "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
params: [10]

[postgresql]
SELECT "shop_product"."id", CASE WHEN "shop_product"."stock" > $1 THEN "shop_product"."stock" ELSE MAX("shop_orderline"."quantity") END AS "x"
FROM "shop_product"
LEFT OUTER JOIN "shop_orderline" ON ("shop_product"."id" = "shop_orderline"."product_id")
GROUP BY "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
params: [10]

[mysql]
SELECT `shop_product`.`id`, CASE WHEN `shop_product`.`stock` > ? THEN `shop_product`.`stock` ELSE MAX(`shop_orderline`.`quantity`) END AS `x`
FROM `shop_product`
LEFT OUTER JOIN `shop_orderline` ON (`shop_product`.`id` = `shop_orderline`.`product_id`)
GROUP BY `shop_product`.`id`
params: [10]

[oracle]
SELECT "SHOP_PRODUCT"."ID", CASE WHEN "SHOP_PRODUCT"."STOCK" > :1 THEN "SHOP_PRODUCT"."STOCK" ELSE MAX("SHOP_ORDERLINE"."QUANTITY") END AS "X"
FROM "SHOP_PRODUCT"
LEFT OUTER JOIN "SHOP_ORDERLINE" ON ("SHOP_PRODUCT"."ID" = "SHOP_ORDERLINE"."PRODUCT_ID")
GROUP BY "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
params: [10]
