query: Order.objects.filter(placed__week_day=2).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE (CAST(strftime('%w', "shop_order"."placed") AS INTEGER) + 1) = ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [2]

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE (EXTRACT(DOW FROM "shop_order"."placed") + 1) = $1
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [2]

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE DAYOFWEEK(`shop_order`.`placed`) = ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [2]

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE (MOD((TRUNC("SHOP_ORDER"."PLACED") - TRUNC("SHOP_ORDER"."PLACED", 'IW')) + 1, 7) + 1) = :1
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [2]
