query: Order.objects.annotate(y=TruncYear("placed"), q=TruncQuarter("placed"), m=TruncMonth("placed"), w=TruncWeek("placed"), d=TruncDay("placed")).values_list("id", "y", "q", "m", "w", "d")

[sqlite]
SELECT "shop_order"."id", strftime('%Y-01-01 00:00:00', "shop_order"."placed") AS "y", printf('%04d-%02d-01 00:00:00', CAST(strftime('%Y', "shop_order"."placed") AS INTEGER), ((CAST(strftime('%m', "shop_order"."placed") AS INTEGER) - 1) / 3) * 3 + 1) AS "q", strftime('%Y-%m-01 00:00:00', "shop_order"."placed") AS "m", datetime(date("shop_order"."placed", 'weekday 0', '-6 days')) AS "w", strftime('%Y-%m-%d 00:00:00', "shop_order"."placed") AS "d"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", DATE_TRUNC('year', "shop_order"."placed") AS "y", DATE_TRUNC('quarter', "shop_order"."placed") AS "q", DATE_TRUNC('month', "shop_order"."placed") AS "m", DATE_TRUNC('week', "shop_order"."placed") AS "w", DATE_TRUNC('day', "shop_order"."placed") AS "d"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, CAST(DATE_FORMAT(`shop_order`.`placed`, '%Y-01-01 00:00:00') AS DATETIME) AS `y`, CAST(MAKEDATE(YEAR(`shop_order`.`placed`), 1) + INTERVAL QUARTER(`shop_order`.`placed`) QUARTER - INTERVAL 1 QUARTER AS DATETIME) AS `q`, CAST(DATE_FORMAT(`shop_order`.`placed`, '%Y-%m-01 00:00:00') AS DATETIME) AS `m`, CAST(DATE_SUB(DATE(`shop_order`.`placed`), INTERVAL WEEKDAY(`shop_order`.`placed`) DAY) AS DATETIME) AS `w`, CAST(DATE_FORMAT(`shop_order`.`placed`, '%Y-%m-%d 00:00:00') AS DATETIME) AS `d`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", TRUNC("SHOP_ORDER"."PLACED", 'YYYY') AS "Y", TRUNC("SHOP_ORDER"."PLACED", 'Q') AS "Q", TRUNC("SHOP_ORDER"."PLACED", 'MM') AS "M", TRUNC("SHOP_ORDER"."PLACED", 'IW') AS "W", TRUNC("SHOP_ORDER"."PLACED", 'DD') AS "D"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
