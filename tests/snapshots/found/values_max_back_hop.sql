query: Order.objects.values("shipped").annotate(a2=Max("lines__order__id"))

[sqlite]
SELECT "shop_order"."shipped", MAX("shop_orderline"."order_id") AS "a2"
FROM "shop_order"
LEFT OUTER JOIN "shop_orderline" ON ("shop_order"."id" = "shop_orderline"."order_id")
GROUP BY "shop_order"."shipped"
params: []

[postgresql]
SELECT "shop_order"."shipped", MAX("shop_orderline"."order_id") AS "a2"
FROM "shop_order"
LEFT OUTER JOIN "shop_orderline" ON ("shop_order"."id" = "shop_orderline"."order_id")
GROUP BY "shop_order"."shipped"
params: []

[mysql]
SELECT `shop_order`.`shipped`, MAX(`shop_orderline`.`order_id`) AS `a2`
FROM `shop_order`
LEFT OUTER JOIN `shop_orderline` ON (`shop_order`.`id` = `shop_orderline`.`order_id`)
GROUP BY `shop_order`.`shipped`
params: []

[oracle]
SELECT "SHOP_ORDER"."SHIPPED", MAX("SHOP_ORDERLINE"."ORDER_ID") AS "A2"
FROM "SHOP_ORDER"
LEFT OUTER JOIN "SHOP_ORDERLINE" ON ("SHOP_ORDER"."ID" = "SHOP_ORDERLINE"."ORDER_ID")
GROUP BY "SHOP_ORDER"."SHIPPED"
params: []
