query: Order.objects.filter(placed__week__gte=10).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE ((CAST(strftime('%j', date("shop_order"."placed", '-3 days', 'weekday 4')) AS INTEGER) - 1) / 7 + 1) >= ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [10]

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE EXTRACT(WEEK FROM "shop_order"."placed") >= $1
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [10]

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE WEEK(`shop_order`.`placed`, 3) >= ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [10]

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE TO_NUMBER(TO_CHAR("SHOP_ORDER"."PLACED", 'IW')) >= :1
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [10]
