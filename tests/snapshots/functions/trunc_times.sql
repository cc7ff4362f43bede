query: Order.objects.annotate(h=TruncHour("placed"), mi=TruncMinute("placed"), s=TruncSecond("placed"), d=TruncDate("placed"), t=TruncTime("placed")).values_list("id", "h", "mi", "s", "d", "t")

[sqlite]
SELECT "shop_order"."id", strftime('%Y-%m-%d %H:00:00', "shop_order"."placed") AS "h", strftime('%Y-%m-%d %H:%M:00', "shop_order"."placed") AS "mi", strftime('%Y-%m-%d %H:%M:%S', "shop_order"."placed") AS "s", date("shop_order"."placed") AS "d", (time("shop_order"."placed") || substr("shop_order"."placed", 20, 7)) AS "t"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", DATE_TRUNC('hour', "shop_order"."placed") AS "h", DATE_TRUNC('minute', "shop_order"."placed") AS "mi", DATE_TRUNC('second', "shop_order"."placed") AS "s", CAST("shop_order"."placed" AS date) AS "d", CAST("shop_order"."placed" AS time) AS "t"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, CAST(DATE_FORMAT(`shop_order`.`placed`, '%Y-%m-%d %H:00:00') AS DATETIME) AS `h`, CAST(DATE_FORMAT(`shop_order`.`placed`, '%Y-%m-%d %H:%i:00') AS DATETIME) AS `mi`, CAST(DATE_FORMAT(`shop_order`.`placed`, '%Y-%m-%d %H:%i:%s') AS DATETIME) AS `s`, DATE(`shop_order`.`placed`) AS `d`, TIME(`shop_order`.`placed`) AS `t`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", TRUNC("SHOP_ORDER"."PLACED", 'HH24') AS "H", TRUNC("SHOP_ORDER"."PLACED", 'MI') AS "MI", CAST("SHOP_ORDER"."PLACED" AS DATE) AS "S", TRUNC("SHOP_ORDER"."PLACED") AS "D", TO_TIMESTAMP(CONCAT('1900-01-01 ', TO_CHAR("SHOP_ORDER"."PLACED", 'HH24:MI:SS.FF')), 'YYYY-MM-DD HH24:MI:SS.FF') AS "T"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
