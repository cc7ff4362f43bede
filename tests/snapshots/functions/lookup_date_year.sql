query: Order.objects.filter(placed__date__year=2024).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE date("shop_order"."placed") BETWEEN ? AND ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [date(2024, 1, 1), date(2024, 12, 31)]

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE CAST("shop_order"."placed" AS date) BETWEEN $1 AND $2
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [date(2024, 1, 1), date(2024, 12, 31)]

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE DATE(`shop_order`.`placed`) BETWEEN ? AND ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [date(2024, 1, 1), date(2024, 12, 31)]

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE TRUNC("SHOP_ORDER"."PLACED") BETWEEN :1 AND :2
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [date(2024, 1, 1), date(2024, 12, 31)]
