query: OrderLine.objects.select_for_update(of=("self", "order__customer")).select_related("order__customer").filter(quantity__gt=1)

[sqlite]
SELECT "shop_orderline"."id", "shop_orderline"."order_id", "shop_orderline"."product_id", "shop_orderline"."quantity", "shop_orderline"."unit_price", "shop_orderline"."note", "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items", "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_orderline"
INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id")
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
WHERE "shop_orderline"."quantity" > ?
params: [1]

[postgresql]
SELECT "shop_orderline"."id", "shop_orderline"."order_id", "shop_orderline"."product_id", "shop_orderline"."quantity", "shop_orderline"."unit_price", "shop_orderline"."note", "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items", "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_orderline"
INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id")
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
WHERE "shop_orderline"."quantity" > $1
FOR UPDATE OF "shop_orderline", "shop_customer"
params: [1]

[mysql]
error[unsupported]: mysql does not support select_for_update(of=...)
 --> line 1, column 19
  | OrderLine.objects.select_for_update(of=("self", "order__customer")).select_related("order__customer").filter(quantity__gt=1)
  |                   ^^^^^^^^^^^^^^^^^

[oracle]
SELECT "SHOP_ORDERLINE"."ID", "SHOP_ORDERLINE"."ORDER_ID", "SHOP_ORDERLINE"."PRODUCT_ID", "SHOP_ORDERLINE"."QUANTITY", "SHOP_ORDERLINE"."UNIT_PRICE", "SHOP_ORDERLINE"."NOTE", "SHOP_ORDER"."ID", "SHOP_ORDER"."CUSTOMER_ID", "SHOP_ORDER"."STATUS", "SHOP_ORDER"."PLACED", "SHOP_ORDER"."SHIPPED", "SHOP_ORDER"."TOTAL", "SHOP_ORDER"."DISCOUNT", "SHOP_ORDER"."COUPON", "SHOP_ORDER"."ITEMS", "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
FROM "SHOP_ORDERLINE"
INNER JOIN "SHOP_ORDER" ON ("SHOP_ORDERLINE"."ORDER_ID" = "SHOP_ORDER"."ID")
INNER JOIN "SHOP_CUSTOMER" ON ("SHOP_ORDER"."CUSTOMER_ID" = "SHOP_CUSTOMER"."ID")
WHERE "SHOP_ORDERLINE"."QUANTITY" > :1
FOR UPDATE OF "SHOP_ORDERLINE"."ID", "SHOP_CUSTOMER"."ID"
params: [1]
