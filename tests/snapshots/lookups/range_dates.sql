query: Order.objects.filter(shipped__range=[date(2020, 1, 1), date(2020, 12, 31)])

[sqlite]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE "shop_order"."shipped" BETWEEN ? AND ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [date(2020, 1, 1), date(2020, 12, 31)]

[postgresql]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE "shop_order"."shipped" BETWEEN $1 AND $2
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [date(2020, 1, 1), date(2020, 12, 31)]

[mysql]
SELECT `shop_order`.`id`, `shop_order`.`customer_id`, `shop_order`.`status`, `shop_order`.`placed`, `shop_order`.`shipped`, `shop_order`.`total`, `shop_order`.`discount`, `shop_order`.`coupon`, `shop_order`.`items`
FROM `shop_order`
WHERE `shop_order`.`shipped` BETWEEN ? AND ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [date(2020, 1, 1), date(2020, 12, 31)]

[oracle]
SELECT "SHOP_ORDER"."ID", "SHOP_ORDER"."CUSTOMER_ID", "SHOP_ORDER"."STATUS", "SHOP_ORDER"."PLACED", "SHOP_ORDER"."SHIPPED", "SHOP_ORDER"."TOTAL", "SHOP_ORDER"."DISCOUNT", "SHOP_ORDER"."COUPON", "SHOP_ORDER"."ITEMS"
FROM "SHOP_ORDER"
WHERE "SHOP_ORDER"."SHIPPED" BETWEEN :1 AND :2
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [date(2020, 1, 1), date(2020, 12, 31)]
