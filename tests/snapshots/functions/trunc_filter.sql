query: Order.objects.annotate(d=TruncDay("placed")).filter(d__gte=datetime(2024, 3, 1)).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE strftime('%Y-%m-%d 00:00:00', "shop_order"."placed") >= ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [datetime(2024, 3, 1, 0, 0, 0)]

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE DATE_TRUNC('day', "shop_order"."placed") >= $1
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [datetime(2024, 3, 1, 0, 0, 0)]

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE CAST(DATE_FORMAT(`shop_order`.`placed`, '%Y-%m-%d 00:00:00') AS DATETIME) >= ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [datetime(2024, 3, 1, 0, 0, 0)]

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE TRUNC("SHOP_ORDER"."PLACED", 'DD') >= :1
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [datetime(2024, 3, 1, 0, 0, 0)]
