query: Order.objects.filter(shipped=Case(When(total__gt=100, then=date(2024, 1, 2)), default=F("shipped"))).order_by("id").values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE "shop_order"."shipped" = CASE WHEN "shop_order"."total" > ? THEN ? ELSE "shop_order"."shipped" END
ORDER BY "shop_order"."id" ASC
params: [100, date(2024, 1, 2)]

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE "shop_order"."shipped" = CASE WHEN "shop_order"."total" > $1 THEN CAST($2 AS date) ELSE "shop_order"."shipped" END
ORDER BY "shop_order"."id" ASC
params: [100, date(2024, 1, 2)]

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE `shop_order`.`shipped` = CASE WHEN `shop_order`.`total` > ? THEN ? ELSE `shop_order`.`shipped` END
ORDER BY `shop_order`.`id` ASC
params: [100, date(2024, 1, 2)]

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE "SHOP_ORDER"."SHIPPED" = CASE WHEN "SHOP_ORDER"."TOTAL" > :1 THEN :2 ELSE "SHOP_ORDER"."SHIPPED" END
ORDER BY "SHOP_ORDER"."ID" ASC
params: [100, date(2024, 1, 2)]
