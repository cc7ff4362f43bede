query: Order.objects.filter(customer__in=Customer.objects.filter(vip=True)).filter(total__gt=500)

[sqlite]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE (
  "shop_order"."customer_id" IN (
    SELECT "U0"."id"
    FROM "shop_customer" "U0"
    WHERE "U0"."vip"
  )
  AND "shop_order"."total" > ?
)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [500]

[postgresql]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE (
  "shop_order"."customer_id" IN (
    SELECT "U0"."id"
    FROM "shop_customer" "U0"
    WHERE "U0"."vip"
  )
  AND "shop_order"."total" > $1
)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [500]

[mysql]
SELECT `shop_order`.`id`, `shop_order`.`customer_id`, `shop_order`.`status`, `shop_order`.`placed`, `shop_order`.`shipped`, `shop_order`.`total`, `shop_order`.`discount`, `shop_order`.`coupon`, `shop_order`.`items`
FROM `shop_order`
WHERE (
  `shop_order`.`customer_id` IN (
    SELECT `U0`.`id`
    FROM `shop_customer` `U0`
    WHERE `U0`.`vip`
  )
  AND `shop_order`.`total` > ?
)
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [500]

[oracle]
SELECT "SHOP_ORDER"."ID", "SHOP_ORDER"."CUSTOMER_ID", "SHOP_ORDER"."STATUS", "SHOP_ORDER"."PLACED", "SHOP_ORDER"."SHIPPED", "SHOP_ORDER"."TOTAL", "SHOP_ORDER"."DISCOUNT", "SHOP_ORDER"."COUPON", "SHOP_ORDER"."ITEMS"
FROM "SHOP_ORDER"
WHERE (
  "SHOP_ORDER"."CUSTOMER_ID" IN (
    SELECT "U0"."ID"
    FROM "SHOP_CUSTOMER" "U0"
    WHERE "U0"."VIP" = :1
  )
  AND "SHOP_ORDER"."TOTAL" > :2
)
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [1, 500]
