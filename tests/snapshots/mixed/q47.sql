query: OrderLine.objects.values("order__customer__country").annotate(q=Sum("quantity")).order_by("-q")

[sqlite]
SELECT "shop_customer"."country", SUM("shop_orderline"."quantity") AS "q"
FROM "shop_orderline"
INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id")
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
GROUP BY "shop_customer"."country"
ORDER BY "q" DESC
params: []

[postgresql]
SELECT "shop_customer"."country", SUM("shop_orderline"."quantity") AS "q"
FROM "shop_orderline"
INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id")
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
GROUP BY "shop_customer"."country"
ORDER BY "q" DESC
params: []

[mysql]
SELECT `shop_customer`.`country`, SUM(`shop_orderline`.`quantity`) AS `q`
FROM `shop_orderline`
INNER JOIN `shop_order` ON (`shop_orderline`.`order_id` = `shop_order`.`id`)
INNER JOIN `shop_customer` ON (`shop_order`.`customer_id` = `shop_customer`.`id`)
GROUP BY `shop_customer`.`country`
ORDER BY `q` DESC
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."COUNTRY", SUM("SHOP_ORDERLINE"."QUANTITY") AS "Q"
FROM "SHOP_ORDERLINE"
INNER JOIN "SHOP_ORDER" ON ("SHOP_ORDERLINE"."ORDER_ID" = "SHOP_ORDER"."ID")
INNER JOIN "SHOP_CUSTOMER" ON ("SHOP_ORDER"."CUSTOMER_ID" = "SHOP_CUSTOMER"."ID")
GROUP BY "SHOP_CUSTOMER"."COUNTRY"
ORDER BY "Q" DESC
params: []
