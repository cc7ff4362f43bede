query: Customer.objects.annotate(n=Subquery(Order.objects.filter(customer=OuterRef("pk")).values("customer").annotate(c=Count("id")).values("c"))).values_list("id", "n")

[sqlite]
SELECT "shop_customer"."id", (
  SELECT COUNT("U0"."id") AS "c"
  FROM "shop_order" "U0"
  WHERE "U0"."customer_id" = "shop_customer"."id"
  GROUP BY "U0"."customer_id"
) AS "n"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", (
  SELECT COUNT("U0"."id") AS "c"
  FROM "shop_order" "U0"
  WHERE "U0"."customer_id" = "shop_customer"."id"
  GROUP BY "U0"."customer_id"
) AS "n"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, (
  SELECT COUNT(`U0`.`id`) AS `c`
  FROM `shop_order` `U0`
  WHERE `U0`.`customer_id` = `shop_customer`.`id`
  GROUP BY `U0`.`customer_id`
) AS `n`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", (
  SELECT COUNT("U0"."ID") AS "C"
  FROM "SHOP_ORDER" "U0"
  WHERE "U0"."CUSTOMER_ID" = "SHOP_CUSTOMER"."ID"
  GROUP BY "U0"."CUSTOMER_ID"
) AS "N"
FROM "SHOP_CUSTOMER"
params: []
