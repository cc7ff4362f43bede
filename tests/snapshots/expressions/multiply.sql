query: OrderLine.objects.annotate(line_total=F("quantity") * F("unit_price")).filter(line_total__gte=1000)

[sqlite]
SELECT "shop_orderline"."id", "shop_orderline"."order_id", "shop_orderline"."product_id", "shop_orderline"."quantity", "shop_orderline"."unit_price", "shop_orderline"."note", ("shop_orderline"."quantity" * "shop_orderline"."unit_price") AS "line_total"
FROM "shop_orderline"
WHERE ("shop_orderline"."quantity" * "shop_orderline"."unit_price") >= ?
params: [1000]

[postgresql]
SELECT "shop_orderline"."id", "shop_orderline"."order_id", "shop_orderline"."product_id", "shop_orderline"."quantity", "shop_orderline"."unit_price", "shop_orderline"."note", ("shop_orderline"."quantity" * "shop_orderline"."unit_price") AS "line_total"
FROM "shop_orderline"
WHERE ("shop_orderline"."quantity" * "shop_orderline"."unit_price") >= $1
params: [1000]

[mysql]
SELECT `shop_orderline`.`id`, `shop_orderline`.`order_id`, `shop_orderline`.`product_id`, `shop_orderline`.`quantity`, `shop_orderline`.`unit_price`, `shop_orderline`.`note`, (`shop_orderline`.`quantity` * `shop_orderline`.`unit_price`) AS `line_total`
FROM `shop_orderline`
WHERE (`shop_orderline`.`quantity` * `shop_orderline`.`unit_price`) >= ?
params: [1000]

[oracle]
SELECT "SHOP_ORDERLINE"."ID", "SHOP_ORDERLINE"."ORDER_ID", "SHOP_ORDERLINE"."PRODUCT_ID", "SHOP_ORDERLINE"."QUANTITY", "SHOP_ORDERLINE"."UNIT_PRICE", "SHOP_ORDERLINE"."NOTE", ("SHOP_ORDERLINE"."QUANTITY" * "SHOP_ORDERLINE"."UNIT_PRICE") AS "LINE_TOTAL"
FROM "SHOP_ORDERLINE"
WHERE ("SHOP_ORDERLINE"."QUANTITY" * "SHOP_ORDERLINE"."UNIT_PRICE") >= :1
params: [1000]
