query: Customer.objects.annotate(p=FilteredRelation("orders", condition=Q(orders__status="paid"))).exclude(p__total__gt=5).values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE NOT (EXISTS(
  SELECT 1 AS "a"
  FROM "shop_customer" "U0"
  INNER JOIN "shop_order" "U1" ON ("U0"."id" = "U1"."customer_id" AND ("U1"."status" = ?))
  WHERE ("U0"."id" = "shop_customer"."id" AND "U1"."total" > ?)
))
params: ["paid", 5]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE NOT (EXISTS(
  SELECT 1 AS "a"
  FROM "shop_customer" "U0"
  INNER JOIN "shop_order" "U1" ON ("U0"."id" = "U1"."customer_id" AND ("U1"."status" = $1))
  WHERE ("U0"."id" = "shop_customer"."id" AND "U1"."total" > $2)
))
params: ["paid", 5]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE NOT (EXISTS(
  SELECT 1 AS `a`
  FROM `shop_customer` `U0`
  INNER JOIN `shop_order` `U1` ON (`U0`.`id` = `U1`.`customer_id` AND (`U1`.`status` = BINARY ?))
  WHERE (`U0`.`id` = `shop_customer`.`id` AND `U1`.`total` > ?)
))
params: ["paid", 5]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE NOT (EXISTS(
  SELECT 1 AS "A"
  FROM "SHOP_CUSTOMER" "U0"
  INNER JOIN "SHOP_ORDER" "U1" ON ("U0"."ID" = "U1"."CUSTOMER_ID" AND ("U1"."STATUS" = :1))
  WHERE ("U0"."ID" = "SHOP_CUSTOMER"."ID" AND "U1"."TOTAL" > :2)
))
params: ["paid", 5]
