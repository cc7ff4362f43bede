query: Order.objects.filter(placed__date=date(2019, 10, 24))

[sqlite]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE date("shop_order"."placed") = ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [date(2019, 10, 24)]

[postgresql]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE CAST("shop_order"."placed" AS date) = $1
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [date(2019, 10, 24)]

[mysql]
SELECT `shop_order`.`id`, `shop_order`.`customer_id`, `shop_order`.`status`, `shop_order`.`placed`, `shop_order`.`shipped`, `shop_order`.`total`, `shop_order`.`discount`, `shop_order`.`coupon`, `shop_order`.`items`
FROM `shop_order`
WHERE DATE(`shop_order`.`placed`) = ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [date(2019, 10, 24)]

[oracle]
SELECT "SHOP_ORDER"."ID", "SHOP_ORDER"."CUSTOMER_ID", "SHOP_ORDER"."STATUS", "SHOP_ORDER"."PLACED", "SHOP_ORDER"."SHIPPED", "SHOP_ORDER"."TOTAL", "SHOP_ORDER"."DISCOUNT", "SHOP_ORDER"."COUPON", "SHOP_ORDER"."ITEMS"
FROM "SHOP_ORDER"
WHERE TRUNC("SHOP_ORDER"."PLACED") = :1
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [date(2019, 10, 24)]
