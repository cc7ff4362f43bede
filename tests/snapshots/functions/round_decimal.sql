query: Order.objects.annotate(x=Round("total"), y=Round(F("total") / 3)).values_list("id", "x", "y")

[sqlite]
SELECT "shop_order"."id", ROUND("shop_order"."total") AS "x", ROUND((CAST("shop_order"."total" AS REAL) / ?)) AS "y"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [3]

[postgresql]
SELECT "shop_order"."id", ROUND("shop_order"."total") AS "x", ROUND(("shop_order"."total" / $1)) AS "y"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [3]

[mysql]
SELECT `shop_order`.`id`, ROUND(`shop_order`.`total`) AS `x`, ROUND((`shop_order`.`total` / ?)) AS `y`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [3]

[oracle]
SELECT "SHOP_ORDER"."ID", ROUND("SHOP_ORDER"."TOTAL") AS "X", ROUND(("SHOP_ORDER"."TOTAL" / :1)) AS "Y"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [3]
