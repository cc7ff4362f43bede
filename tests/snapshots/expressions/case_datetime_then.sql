query: Order.objects.annotate(due=Case(When(total__gt=100, then=datetime(2024, 1, 2, 3, 4, 5)), default=F("placed"))).order_by("id").values_list("id", "due")

[sqlite]
SELECT "shop_order"."id", CASE WHEN "shop_order"."total" > ? THEN ? ELSE "shop_order"."placed" END AS "due"
FROM "shop_order"
ORDER BY "shop_order"."id" ASC
params: [100, datetime(2024, 1, 2, 3, 4, 5)]

[postgresql]
SELECT "shop_order"."id", CASE WHEN "shop_order"."total" > $1 THEN CAST($2 AS timestamp) ELSE "shop_order"."placed" END AS "due"
FROM "shop_order"
ORDER BY "shop_order"."id" ASC
params: [100, datetime(2024, 1, 2, 3, 4, 5)]

[mysql]
SELECT `shop_order`.`id`, CASE WHEN `shop_order`.`total` > ? THEN ? ELSE `shop_order`.`placed` END AS `due`
FROM `shop_order`
ORDER BY `shop_order`.`id` ASC
params: [100, datetime(2024, 1, 2, 3, 4, 5)]

[oracle]
SELECT "SHOP_ORDER"."ID", CASE WHEN "SHOP_ORDER"."TOTAL" > :1 THEN :2 ELSE "SHOP_ORDER"."PLACED" END AS "DUE"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."ID" ASC
params: [100, datetime(2024, 1, 2, 3, 4, 5)]
