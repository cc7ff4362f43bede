query: Customer.objects.filter(pk__in=Order.objects.filter(status="paid").values("customer").query).values_list("id", flat=True).order_by("id")

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."id" IN (
  SELECT "U0"."customer_id"
  FROM "shop_order" "U0"
  WHERE "U0"."status" = ?
)
ORDER BY "shop_customer"."id" ASC
params: ["paid"]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."id" IN (
  SELECT "U0"."customer_id"
  FROM "shop_order" "U0"
  WHERE "U0"."status" = $1
)
ORDER BY "shop_customer"."id" ASC
params: ["paid"]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE `shop_customer`.`id` IN (
  SELECT `U0`.`customer_id`
  FROM `shop_order` `U0`
  WHERE `U0`.`status` = BINARY ?
)
ORDER BY `shop_customer`.`id` ASC
params: ["paid"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."ID" IN (
  SELECT "U0"."CUSTOMER_ID"
  FROM "SHOP_ORDER" "U0"
  WHERE "U0"."STATUS" = :1
)
ORDER BY "SHOP_CUSTOMER"."ID" ASC
params: ["paid"]
