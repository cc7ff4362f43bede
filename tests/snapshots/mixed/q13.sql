query: Product.objects.annotate(n=Count("order_lines")).filter(n__gt=5).values_list("name", flat=True)

[sqlite]
SELECT "shop_product"."name"
FROM "shop_product"
LEFT OUTER JOIN "shop_orderline" ON ("shop_product"."id" = "shop_orderline"."product_id")
GROUP BY "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
HAVING COUNT("shop_orderline"."id") > ?
params: [5]

[postgresql]
SELECT "shop_product"."name"
FROM "shop_product"
LEFT OUTER JOIN "shop_orderline" ON ("shop_product"."id" = "shop_orderline"."product_id")
GROUP BY "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
HAVING COUNT("shop_orderline"."id") > $1
params: [5]

[mysql]
SELECT `shop_product`.`name`
FROM `shop_product`
LEFT OUTER JOIN `shop_orderline` ON (`shop_product`.`id` = `shop_orderline`.`product_id`)
GROUP BY `shop_product`.`id`
HAVING COUNT(`shop_orderline`.`id`) > ?
params: [5]

[oracle]
SELECT "SHOP_PRODUCT"."NAME"
FROM "SHOP_PRODUCT"
LEFT OUTER JOIN "SHOP_ORDERLINE" ON ("SHOP_PRODUCT"."ID" = "SHOP_ORDERLINE"."PRODUCT_ID")
GROUP BY "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
HAVING COUNT("SHOP_ORDERLINE"."ID") > :1
params: [5]
