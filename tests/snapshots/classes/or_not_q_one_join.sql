query: Customer.objects.filter(Q(orders__status="paid") | ~Q(orders__items=2)).values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
WHERE (
  "shop_order"."status" = ?
  OR NOT (EXISTS(
    SELECT 1 AS "a"
    FROM "shop_customer" "U0"
    INNER JOIN "shop_order" "U1" ON ("U0"."id" = "U1"."customer_id")
    WHERE (
      "U0"."id" = "shop_customer"."id"
      AND "U1"."items" = ?
      AND "U1"."id" = "shop_order"."id"
    )
  ))
)
params: ["paid", 2]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
WHERE (
  "shop_order"."status" = $1
  OR NOT (EXISTS(
    SELECT 1 AS "a"
    FROM "shop_customer" "U0"
    INNER JOIN "shop_order" "U1" ON ("U0"."id" = "U1"."customer_id")
    WHERE (
      "U0"."id" = "shop_customer"."id"
      AND "U1"."items" = $2
      AND "U1"."id" = "shop_order"."id"
    )
  ))
)
params: ["paid", 2]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
LEFT OUTER JOIN `shop_order` ON (`shop_customer`.`id` = `shop_order`.`customer_id`)
WHERE (
  `shop_order`.`status` = BINARY ?
  OR NOT (EXISTS(
    SELECT 1 AS `a`
    FROM `shop_customer` `U0`
    INNER JOIN `shop_order` `U1` ON (`U0`.`id` = `U1`.`customer_id`)
    WHERE (
      `U0`.`id` = `shop_customer`.`id`
      AND `U1`.`items` = ?
      AND `U1`.`id` = `shop_order`.`id`
    )
  ))
)
params: ["paid", 2]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
LEFT OUTER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID")
WHERE (
  "SHOP_ORDER"."STATUS" = :1
  OR NOT (EXISTS(
    SELECT 1 AS "A"
    FROM "SHOP_CUSTOMER" "U0"
    INNER JOIN "SHOP_ORDER" "U1" ON ("U0"."ID" = "U1"."CUSTOMER_ID")
    WHERE (
      "U0"."ID" = "SHOP_CUSTOMER"."ID"
      AND "U1"."ITEMS" = :2
      AND "U1"."ID" = "SHOP_ORDER"."ID"
    )
  ))
)
params: ["paid", 2]
