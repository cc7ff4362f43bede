query: Order.objects.filter(status="paid").union(Order.objects.filter(status="cancelled")).order_by("-customer_id", "id")

[sqlite]
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE "shop_order"."status" = ?
UNION
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
WHERE "shop_order"."status" = ?
ORDER BY 2 DESC, 1 ASC
params: ["paid", "cancelled"]

[postgresql]
(
  SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
  FROM "shop_order"
  WHERE "shop_order"."status" = $1
)
UNION
(
  SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
  FROM "shop_order"
  WHERE "shop_order"."status" = $2
)
ORDER BY 2 DESC, 1 ASC
params: ["paid", "cancelled"]

[mysql]
(
  SELECT `shop_order`.`id`, `shop_order`.`customer_id`, `shop_order`.`status`, `shop_order`.`placed`, `shop_order`.`shipped`, `shop_order`.`total`, `shop_order`.`discount`, `shop_order`.`coupon`, `shop_order`.`items`
  FROM `shop_order`
  WHERE `shop_order`.`status` = BINARY ?
)
UNION
(
  SELECT `shop_order`.`id`, `shop_order`.`customer_id`, `shop_order`.`status`, `shop_order`.`placed`, `shop_order`.`shipped`, `shop_order`.`total`, `shop_order`.`discount`, `shop_order`.`coupon`, `shop_order`.`items`
  FROM `shop_order`
  WHERE `shop_order`.`status` = BINARY ?
)
ORDER BY 2 DESC, 1 ASC
params: ["paid", "cancelled"]

[oracle]
(
  SELECT "SHOP_ORDER"."ID", "SHOP_ORDER"."CUSTOMER_ID", "SHOP_ORDER"."STATUS", "SHOP_ORDER"."PLACED", "SHOP_ORDER"."SHIPPED", "SHOP_ORDER"."TOTAL", "SHOP_ORDER"."DISCOUNT", "SHOP_ORDER"."COUPON", "SHOP_ORDER"."ITEMS"
  FROM "SHOP_ORDER"
  WHERE "SHOP_ORDER"."STATUS" = :1
)
UNION
(
  SELECT "SHOP_ORDER"."ID", "SHOP_ORDER"."CUSTOMER_ID", "SHOP_ORDER"."STATUS", "SHOP_ORDER"."PLACED", "SHOP_ORDER"."SHIPPED", "SHOP_ORDER"."TOTAL", "SHOP_ORDER"."DISCOUNT", "SHOP_ORDER"."COUPON", "SHOP_ORDER"."ITEMS"
  FROM "SHOP_ORDER"
  WHERE "SHOP_ORDER"."STATUS" = :2
)
ORDER BY 2 DESC, 1 ASC
params: ["paid", "cancelled"]
