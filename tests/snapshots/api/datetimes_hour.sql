query: Order.objects.datetimes("placed", "hour")

[sqlite]
SELECT DISTINCT strftime('%Y-%m-%d %H:00:00', "shop_order"."placed") AS "datetimefield"
FROM "shop_order"
WHERE "shop_order"."placed" IS NOT NULL
ORDER BY "datetimefield" ASC
params: []

[postgresql]
SELECT DISTINCT DATE_TRUNC('hour', "shop_order"."placed") AS "datetimefield"
FROM "shop_order"
WHERE "shop_order"."placed" IS NOT NULL
ORDER BY "datetimefield" ASC
params: []

[mysql]
SELECT DISTINCT CAST(DATE_FORMAT(`shop_order`.`placed`, '%Y-%m-%d %H:00:00') AS DATETIME) AS `datetimefield`
FROM `shop_order`
WHERE `shop_order`.`placed` IS NOT NULL
ORDER BY `datetimefield` ASC
params: []

[oracle]
SELECT DISTINCT TRUNC("SHOP_ORDER"."PLACED", 'HH24') AS "DATETIMEFIELD"
FROM "SHOP_ORDER"
WHERE "SHOP_ORDER"."PLACED" IS NOT NULL
ORDER BY "DATETIMEFIELD" ASC
params: []
