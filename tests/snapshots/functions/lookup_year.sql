query: Order.objects.filter(placed__year=2024).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE "shop_order"."placed" BETWEEN ? AND ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [datetime(2024, 1, 1, 0, 0, 0), datetime(2024, 12, 31, 23, 59, 59, 999999)]

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE "shop_order"."placed" BETWEEN $1 AND $2
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [datetime(2024, 1, 1, 0, 0, 0), datetime(2024, 12, 31, 23, 59, 59, 999999)]

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE `shop_order`.`placed` BETWEEN ? AND ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [datetime(2024, 1, 1, 0, 0, 0), datetime(2024, 12, 31, 23, 59, 59, 999999)]

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE "SHOP_ORDER"."PLACED" BETWEEN :1 AND :2
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [datetime(2024, 1, 1, 0, 0, 0), datetime(2024, 12, 31, 23, 59, 59, 999999)]
