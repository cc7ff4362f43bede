query: Order.objects.filter(placed__year__gte=2023)

[sqlite]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE "shop_order"."placed" >= ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [datetime(2023, 1, 1, 0, 0, 0)]

[postgresql]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE "shop_order"."placed" >= $1
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [datetime(2023, 1, 1, 0, 0, 0)]

[mysql]
SELECT `shop_order`.`id`, `shop_order`.`customer_id`, `shop_order`.`status`, `shop_order`.`placed`, `shop_order`.`shipped`, `shop_order`.`total`, `shop_order`.`discount`, `shop_order`.`coupon`, `shop_order`.`items`
FROM `shop_order`
WHERE `shop_order`.`placed` >= ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [datetime(2023, 1, 1, 0, 0, 0)]

[oracle]
SELECT "SHOP_ORDER"."ID", "SHOP_ORDER"."CUSTOMER_ID", "SHOP_ORDER"."STATUS", "SHOP_ORDER"."PLACED", "SHOP_ORDER"."SHIPPED", "SHOP_ORDER"."TOTAL", "SHOP_ORDER"."DISCOUNT", "SHOP_ORDER"."COUPON", "SHOP_ORDER"."ITEMS"
FROM "SHOP_ORDER"
WHERE "SHOP_ORDER"."PLACED" >= :1
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [datetime(2023, 1, 1, 0, 0, 0)]
