query: Order.objects.filter(status="paid").dates("shipped", "week")

[sqlite]
SELECT DISTINCT date("shop_order"."shipped", 'weekday 0', '-6 days') AS "datefield"
FROM "shop_order"
WHERE ("shop_order"."status" = ? AND "shop_order"."shipped" IS NOT NULL)
ORDER BY "datefield" ASC
params: ["paid"]

[postgresql]
SELECT DISTINCT CAST(DATE_TRUNC('week', "shop_order"."shipped") AS date) AS "datefield"
FROM "shop_order"
WHERE ("shop_order"."status" = $1 AND "shop_order"."shipped" IS NOT NULL)
ORDER BY "datefield" ASC
params: ["paid"]

[mysql]
SELECT DISTINCT DATE_SUB(`shop_order`.`shipped`, INTERVAL WEEKDAY(`shop_order`.`shipped`) DAY) AS `datefield`
FROM `shop_order`
WHERE (`shop_order`.`status` = BINARY ? AND `shop_order`.`shipped` IS NOT NULL)
ORDER BY `datefield` ASC
params: ["paid"]

[oracle]
SELECT DISTINCT TRUNC("SHOP_ORDER"."SHIPPED", 'IW') AS "DATEFIELD"
FROM "SHOP_ORDER"
WHERE ("SHOP_ORDER"."STATUS" = :1 AND "SHOP_ORDER"."SHIPPED" IS NOT NULL)
ORDER BY "DATEFIELD" ASC
params: ["paid"]
