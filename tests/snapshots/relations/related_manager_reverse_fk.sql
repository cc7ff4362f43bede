query: Customer.objects.get(pk=1).orders.filter(total__gt=10).order_by("id")

[sqlite]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE ("shop_order"."customer_id" = ? AND "shop_order"."total" > ?)
ORDER BY "shop_order"."id" ASC
params: [1, 10]

[postgresql]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE ("shop_order"."customer_id" = $1 AND "shop_order"."total" > $2)
ORDER BY "shop_order"."id" ASC
params: [1, 10]

[mysql]
SELECT `shop_order`.`id`, `shop_order`.`customer_id`, `shop_order`.`status`, `shop_order`.`placed`, `shop_order`.`shipped`, `shop_order`.`total`, `shop_order`.`discount`, `shop_order`.`coupon`, `shop_order`.`items`
FROM `shop_order`
WHERE (`shop_order`.`customer_id` = ? AND `shop_order`.`total` > ?)
ORDER BY `shop_order`.`id` ASC
params: [1, 10]

[oracle]
SELECT "SHOP_ORDER"."ID", "SHOP_ORDER"."CUSTOMER_ID", "SHOP_ORDER"."STATUS", "SHOP_ORDER"."PLACED", "SHOP_ORDER"."SHIPPED", "SHOP_ORDER"."TOTAL", "SHOP_ORDER"."DISCOUNT", "SHOP_ORDER"."COUPON", "SHOP_ORDER"."ITEMS"
FROM "SHOP_ORDER"
WHERE ("SHOP_ORDER"."CUSTOMER_ID" = :1 AND "SHOP_ORDER"."TOTAL" > :2)
ORDER BY "SHOP_ORDER"."ID" ASC
params: [1, 10]
