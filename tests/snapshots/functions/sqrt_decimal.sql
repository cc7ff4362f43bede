query: Order.objects.filter(total__gte=0).annotate(x=Sqrt("total")).values_list("id", "x")

[sqlite]
SELECT "shop_order"."id", SQRT("shop_order"."total") AS "x"
FROM "shop_order"
WHERE "shop_order"."total" >= ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [0]

[postgresql]
SELECT "shop_order"."id", SQRT("shop_order"."total") AS "x"
FROM "shop_order"
WHERE "shop_order"."total" >= $1
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [0]

[mysql]
SELECT `shop_order`.`id`, SQRT(`shop_order`.`total`) AS `x`
FROM `shop_order`
WHERE `shop_order`.`total` >= ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [0]

[oracle]
SELECT "SHOP_ORDER"."ID", SQRT("SHOP_ORDER"."TOTAL") AS "X"
FROM "SHOP_ORDER"
WHERE "SHOP_ORDER"."TOTAL" >= :1
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [0]
