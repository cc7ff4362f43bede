query: Order.objects.dates("placed", "month")

[sqlite]
SELECT DISTINCT strftime('%Y-%m-01', "shop_order"."placed") AS "datefield"
FROM "shop_order"
WHERE "shop_order"."placed" IS NOT NULL
ORDER BY "datefield" ASC
params: []

[postgresql]
SELECT DISTINCT CAST(DATE_TRUNC('month', "shop_order"."placed") AS date) AS "datefield"
FROM "shop_order"
WHERE "shop_order"."placed" IS NOT NULL
ORDER BY "datefield" ASC
params: []

[mysql]
SELECT DISTINCT CAST(DATE_FORMAT(`shop_order`.`placed`, '%Y-%m-01') AS DATE) AS `datefield`
FROM `shop_order`
WHERE `shop_order`.`placed` IS NOT NULL
ORDER BY `datefield` ASC
params: []

[oracle]
SELECT DISTINCT TRUNC("SHOP_ORDER"."PLACED", 'MM') AS "DATEFIELD"
FROM "SHOP_ORDER"
WHERE "SHOP_ORDER"."PLACED" IS NOT NULL
ORDER BY "DATEFIELD" ASC
params: []
