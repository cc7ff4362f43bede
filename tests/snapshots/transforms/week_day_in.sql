query: Order.objects.filter(placed__week_day__in=[1, 7])

[sqlite]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE (CAST(strftime('%w', "shop_order"."placed") AS INTEGER) + 1) IN (?, ?)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [1, 7]

[postgresql]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE (EXTRACT(DOW FROM "shop_order"."placed") + 1) IN ($1, $2)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [1, 7]

[mysql]
SELECT `shop_order`.`id`, `shop_order`.`customer_id`, `shop_order`.`status`, `shop_order`.`placed`, `shop_order`.`shipped`, `shop_order`.`total`, `shop_order`.`discount`, `shop_order`.`coupon`, `shop_order`.`items`
FROM `shop_order`
WHERE DAYOFWEEK(`shop_order`.`placed`) IN (?, ?)
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [1, 7]

[oracle]
SELECT "SHOP_ORDER"."ID", "SHOP_ORDER"."CUSTOMER_ID", "SHOP_ORDER"."STATUS", "SHOP_ORDER"."PLACED", "SHOP_ORDER"."SHIPPED", "SHOP_ORDER"."TOTAL", "SHOP_ORDER"."DISCOUNT", "SHOP_ORDER"."COUPON", "SHOP_ORDER"."ITEMS"
FROM "SHOP_ORDER"
WHERE (MOD((TRUNC("SHOP_ORDER"."PLACED") - TRUNC("SHOP_ORDER"."PLACED", 'IW')) + 1, 7) + 1) IN (:1, :2)
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [1, 7]
