query: Customer.objects.filter(vip=True).prefetch_related(Prefetch("orders", queryset=Order.objects.filter(status="paid").order_by("-placed", "id"), to_attr="paid"), "paid__lines")

[sqlite]
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
WHERE "shop_customer"."vip"
params: []

prefetch paid (keys: main.id):
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE ("shop_order"."status" = ? AND "shop_order"."customer_id" IN ({keys}))
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC

prefetch paid__lines (keys: paid.id):
SELECT "shop_orderline"."id", "shop_orderline"."order_id", "shop_orderline"."product_id", "shop_orderline"."quantity", "shop_orderline"."unit_price", "shop_orderline"."note"
FROM "shop_orderline"
WHERE "shop_orderline"."order_id" IN ({keys})

[postgresql]
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
WHERE "shop_customer"."vip"
params: []

prefetch paid (keys: main.id):
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE ("shop_order"."status" = $1 AND "shop_order"."customer_id" IN ({keys}))
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC

prefetch paid__lines (keys: paid.id):
SELECT "shop_orderline"."id", "shop_orderline"."order_id", "shop_orderline"."product_id", "shop_orderline"."quantity", "shop_orderline"."unit_price", "shop_orderline"."note"
FROM "shop_orderline"
WHERE "shop_orderline"."order_id" IN ({keys})

[mysql]
SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes`
FROM `shop_customer`
WHERE `shop_customer`.`vip`
params: []

prefetch paid (keys: main.id):
SELECT `shop_order`.`id`, `shop_order`.`customer_id`, `shop_order`.`status`, `shop_order`.`placed`, `shop_order`.`shipped`, `shop_order`.`total`, `shop_order`.`discount`, `shop_order`.`coupon`, `shop_order`.`items`
FROM `shop_order`
WHERE (`shop_order`.`status` = BINARY ? AND `shop_order`.`customer_id` IN ({keys}))
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC

prefetch paid__lines (keys: paid.id):
SELECT `shop_orderline`.`id`, `shop_orderline`.`order_id`, `shop_orderline`.`product_id`, `shop_orderline`.`quantity`, `shop_orderline`.`unit_price`, `shop_orderline`.`note`
FROM `shop_orderline`
WHERE `shop_orderline`.`order_id` IN ({keys})

[oracle]
SELECT "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."VIP" = :1
params: [1]

prefetch paid (keys: main.id):
SELECT "SHOP_ORDER"."ID", "SHOP_ORDER"."CUSTOMER_ID", "SHOP_ORDER"."STATUS", "SHOP_ORDER"."PLACED", "SHOP_ORDER"."SHIPPED", "SHOP_ORDER"."TOTAL", "SHOP_ORDER"."DISCOUNT", "SHOP_ORDER"."COUPON", "SHOP_ORDER"."ITEMS"
FROM "SHOP_ORDER"
WHERE ("SHOP_ORDER"."STATUS" = :1 AND "SHOP_ORDER"."CUSTOMER_ID" IN ({keys}))
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC

prefetch paid__lines (keys: paid.id):
SELECT "SHOP_ORDERLINE"."ID", "SHOP_ORDERLINE"."ORDER_ID", "SHOP_ORDERLINE"."PRODUCT_ID", "SHOP_ORDERLINE"."QUANTITY", "SHOP_ORDERLINE"."UNIT_PRICE", "SHOP_ORDERLINE"."NOTE"
FROM "SHOP_ORDERLINE"
WHERE "SHOP_ORDERLINE"."ORDER_ID" IN ({keys})
