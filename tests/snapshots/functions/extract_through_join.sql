query: OrderLine.objects.annotate(y=ExtractYear("order__placed")).values_list("id", "y")

[sqlite]
SELECT "shop_orderline"."id", CAST(strftime('%Y', "shop_order"."placed") AS INTEGER) AS "y"
FROM "shop_orderline"
INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id")
params: []

[postgresql]
SELECT "shop_orderline"."id", EXTRACT(YEAR FROM "shop_order"."placed") AS "y"
FROM "shop_orderline"
INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id")
params: []

[mysql]
SELECT `shop_orderline`.`id`, EXTRACT(YEAR FROM `shop_order`.`placed`) AS `y`
FROM `shop_orderline`
INNER JOIN `shop_order` ON (`shop_orderline`.`order_id` = `shop_order`.`id`)
params: []

[oracle]
SELECT "SHOP_ORDERLINE"."ID", EXTRACT(YEAR FROM "SHOP_ORDER"."PLACED") AS "Y"
FROM "SHOP_ORDERLINE"
INNER JOIN "SHOP_ORDER" ON ("SHOP_ORDERLINE"."ORDER_ID" = "SHOP_ORDER"."ID")
params: []
