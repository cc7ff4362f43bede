query: Order.objects.values("items").annotate(a1=Count("lines__order__items", distinct=True))

[sqlite]
SELECT "shop_order"."items", COUNT(DISTINCT "T3"."items") AS "a1"
FROM "shop_order"
LEFT OUTER JOIN "shop_orderline" ON ("shop_order"."id" = "shop_orderline"."order_id")
LEFT OUTER JOIN "shop_order" "T3" ON ("shop_orderline"."order_id" = "T3"."id")
GROUP BY "shop_order"."items"
params: []

[postgresql]
SELECT "shop_order"."items", COUNT(DISTINCT "T3"."items") AS "a1"
FROM "shop_order"
LEFT OUTER JOIN "shop_orderline" ON ("shop_order"."id" = "shop_orderline"."order_id")
LEFT OUTER JOIN "shop_order" "T3" ON ("shop_orderline"."order_id" = "T3"."id")
GROUP BY "shop_order"."items"
params: []

[mysql]
SELECT `shop_order`.`items`, COUNT(DISTINCT `T3`.`items`) AS `a1`
FROM `shop_order`
LEFT OUTER JOIN `shop_orderline` ON (`shop_order`.`id` = `shop_orderline`.`order_id`)
LEFT OUTER JOIN `shop_order` `T3` ON (`shop_orderline`.`order_id` = `T3`.`id`)
GROUP BY `shop_order`.`items`
params: []

[oracle]
SELECT "SHOP_ORDER"."ITEMS", COUNT(DISTINCT "T3"."ITEMS") AS "A1"
FROM "SHOP_ORDER"
LEFT OUTER JOIN "SHOP_ORDERLINE" ON ("SHOP_ORDER"."ID" = "SHOP_ORDERLINE"."ORDER_ID")
LEFT OUTER JOIN "SHOP_ORDER" "T3" ON ("SHOP_ORDERLINE"."ORDER_ID" = "T3"."ID")
GROUP BY "SHOP_ORDER"."ITEMS"
params: []
