query: Customer.objects.filter(pk__in=Order.objects.values("customer").alias(n=Count("id")).filter(n__gte=4).values("customer")).values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."id" IN (
  SELECT "U0"."customer_id"
  FROM "shop_order" "U0"
  GROUP BY "U0"."customer_id"
  HAVING COUNT("U0"."id") >= ?
)
params: [4]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."id" IN (
  SELECT "U0"."customer_id"
  FROM "shop_order" "U0"
  GROUP BY "U0"."customer_id"
  HAVING COUNT("U0"."id") >= $1
)
params: [4]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE `shop_customer`.`id` IN (
  SELECT `U0`.`customer_id`
  FROM `shop_order` `U0`
  GROUP BY `U0`.`customer_id`
  HAVING COUNT(`U0`.`id`) >= ?
)
params: [4]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."ID" IN (
  SELECT "U0"."CUSTOMER_ID"
  FROM "SHOP_ORDER" "U0"
  GROUP BY "U0"."CUSTOMER_ID"
  HAVING COUNT("U0"."ID") >= :1
)
params: [4]
