query: OrderLine.objects.filter(order__customer__country="DE")

[sqlite]
SELECT "shop_orderline"."id", "shop_orderline"."order_id", "shop_orderline"."product_id", "shop_orderline"."quantity", "shop_orderline"."unit_price", "shop_orderline"."note"
FROM "shop_orderline"
INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id")
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
WHERE "shop_customer"."country" = ?
params: ["DE"]

[postgresql]
SELECT "shop_orderline"."id", "shop_orderline"."order_id", "shop_orderline"."product_id", "shop_orderline"."quantity", "shop_orderline"."unit_price", "shop_orderline"."note"
FROM "shop_orderline"
INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id")
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
WHERE "shop_customer"."country" = $1
params: ["DE"]

[mysql]
SELECT `shop_orderline`.`id`, `shop_orderline`.`order_id`, `shop_orderline`.`product_id`, `shop_orderline`.`quantity`, `shop_orderline`.`unit_price`, `shop_orderline`.`note`
FROM `shop_orderline`
INNER JOIN `shop_order` ON (`shop_orderline`.`order_id` = `shop_order`.`id`)
INNER JOIN `shop_customer` ON (`shop_order`.`customer_id` = `shop_customer`.`id`)
WHERE `shop_customer`.`country` = BINARY ?
params: ["DE"]

[oracle]
SELECT "SHOP_ORDERLINE"."ID", "SHOP_ORDERLINE"."ORDER_ID", "SHOP_ORDERLINE"."PRODUCT_ID", "SHOP_ORDERLINE"."QUANTITY", "SHOP_ORDERLINE"."UNIT_PRICE", "SHOP_ORDERLINE"."NOTE"
FROM "SHOP_ORDERLINE"
INNER JOIN "SHOP_ORDER" ON ("SHOP_ORDERLINE"."ORDER_ID" = "SHOP_ORDER"."ID")
INNER JOIN "SHOP_CUSTOMER" ON ("SHOP_ORDER"."CUSTOMER_ID" = "SHOP_CUSTOMER"."ID")
WHERE "SHOP_CUSTOMER"."COUNTRY" = :1
params: ["DE"]
