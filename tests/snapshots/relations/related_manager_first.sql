query: Customer.objects.order_by("name", "id").first().orders.filter(total__gt=10).order_by("id")

[sqlite]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE (
  "shop_order"."customer_id" = (
    SELECT "U0"."id"
    FROM "shop_customer" "U0"
    ORDER BY "U0"."name" ASC, "U0"."id" ASC
    LIMIT 1
  )
  AND "shop_order"."total" > ?
)
ORDER BY "shop_order"."id" ASC
params: [10]

[postgresql]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE (
  "shop_order"."customer_id" = (
    SELECT "U0"."id"
    FROM "shop_customer" "U0"
    ORDER BY "U0"."name" ASC, "U0"."id" ASC
    LIMIT 1
  )
  AND "shop_order"."total" > $1
)
ORDER BY "shop_order"."id" ASC
params: [10]

[mysql]
SELECT `shop_order`.`id`, `shop_order`.`customer_id`, `shop_order`.`status`, `shop_order`.`placed`, `shop_order`.`shipped`, `shop_order`.`total`, `shop_order`.`discount`, `shop_order`.`coupon`, `shop_order`.`items`
FROM `shop_order`
WHERE (
  `shop_order`.`customer_id` = (
    SELECT `U0`.`id`
    FROM `shop_customer` `U0`
    ORDER BY `U0`.`name` ASC, `U0`.`id` ASC
    LIMIT 1
  )
  AND `shop_order`.`total` > ?
)
ORDER BY `shop_order`.`id` ASC
params: [10]

[oracle]
SELECT "SHOP_ORDER"."ID", "SHOP_ORDER"."CUSTOMER_ID", "SHOP_ORDER"."STATUS", "SHOP_ORDER"."PLACED", "SHOP_ORDER"."SHIPPED", "SHOP_ORDER"."TOTAL", "SHOP_ORDER"."DISCOUNT", "SHOP_ORDER"."COUPON", "SHOP_ORDER"."ITEMS"
FROM "SHOP_ORDER"
WHERE (
  "SHOP_ORDER"."CUSTOMER_ID" = (
    SELECT "U0"."ID"
    FROM "SHOP_CUSTOMER" "U0"
    ORDER BY "U0"."NAME" ASC, "U0"."ID" ASC
    FETCH FIRST 1 ROWS ONLY
  )
  AND "SHOP_ORDER"."TOTAL" > :1
)
ORDER BY "SHOP_ORDER"."ID" ASC
params: [10]
