query: Order.objects.filter(status="paid").aggregate(s=Sum("total"))

[sqlite]
SELECT SUM("shop_order"."total") AS "s"
FROM "shop_order"
WHERE "shop_order"."status" = ?
params: ["paid"]

[postgresql]
SELECT SUM("shop_order"."total") AS "s"
FROM "shop_order"
WHERE "shop_order"."status" = $1
params: ["paid"]

[mysql]
SELECT SUM(`shop_order`.`total`) AS `s`
FROM `shop_order`
WHERE `shop_order`.`status` = BINARY ?
params: ["paid"]

[oracle]
SELECT SUM("SHOP_ORDER"."TOTAL") AS "S"
FROM "SHOP_ORDER"
WHERE "SHOP_ORDER"."STATUS" = :1
params: ["paid"]
