query: Order.objects.filter(placed__year__gte=2023).filter(placed__quarter=1)

[sqlite]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE (
  "shop_order"."placed" >= ?
  AND ((CAST(strftime('%m', "shop_order"."placed") AS INTEGER) + 2) / 3) = ?
)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [datetime(2023, 1, 1, 0, 0, 0), 1]

[postgresql]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE (
  "shop_order"."placed" >= $1
  AND EXTRACT(QUARTER FROM "shop_order"."placed") = $2
)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [datetime(2023, 1, 1, 0, 0, 0), 1]

[mysql]
SELECT `shop_order`.`id`, `shop_order`.`customer_id`, `shop_order`.`status`, `shop_order`.`placed`, `shop_order`.`shipped`, `shop_order`.`total`, `shop_order`.`discount`, `shop_order`.`coupon`, `shop_order`.`items`
FROM `shop_order`
WHERE (`shop_order`.`placed` >= ? AND EXTRACT(QUARTER FROM `shop_order`.`placed`) = ?)
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [datetime(2023, 1, 1, 0, 0, 0), 1]

[oracle]
SELECT "SHOP_ORDER"."ID", "SHOP_ORDER"."CUSTOMER_ID", "SHOP_ORDER"."STATUS", "SHOP_ORDER"."PLACED", "SHOP_ORDER"."SHIPPED", "SHOP_ORDER"."TOTAL", "SHOP_ORDER"."DISCOUNT", "SHOP_ORDER"."COUPON", "SHOP_ORDER"."ITEMS"
FROM "SHOP_ORDER"
WHERE (
  "SHOP_ORDER"."PLACED" >= :1
  AND TO_NUMBER(TO_CHAR("SHOP_ORDER"."PLACED", 'Q')) = :2
)
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [datetime(2023, 1, 1, 0, 0, 0), 1]
