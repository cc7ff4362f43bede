query: OrderLine.objects.aggregate(n=Count("product", distinct=True))

[sqlite]
SELECT COUNT(DISTINCT "shop_orderline"."product_id") AS "n"
FROM "shop_orderline"
params: []

[postgresql]
SELECT COUNT(DISTINCT "shop_orderline"."product_id") AS "n"
FROM "shop_orderline"
params: []

[mysql]
SELECT COUNT(DISTINCT `shop_orderline`.`product_id`) AS `n`
FROM `shop_orderline`
params: []

[oracle]
SELECT COUNT(DISTINCT "SHOP_ORDERLINE"."PRODUCT_ID") AS "N"
FROM "SHOP_ORDERLINE"
params: []
