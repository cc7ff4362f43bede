query: Order.objects.filter(placed__date__gte=date(2024, 3, 1)).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE date("shop_order"."placed") >= ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [date(2024, 3, 1)]

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE CAST("shop_order"."placed" AS date) >= $1
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [date(2024, 3, 1)]

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE DATE(`shop_order`.`placed`) >= ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [date(2024, 3, 1)]

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE TRUNC("SHOP_ORDER"."PLACED") >= :1
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [date(2024, 3, 1)]
