query: Customer.objects.annotate(n=Subquery(Customer.objects.filter(city=OuterRef("city")).values("city").annotate(c=Count("id")).values("c"))).values_list("id", "n")

[sqlite]
SELECT "shop_customer"."id", (
  SELECT COUNT("U0"."id") AS "c"
  FROM "shop_customer" "U0"
  WHERE "U0"."city" = "shop_customer"."city"
  GROUP BY "U0"."city"
) AS "n"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", (
  SELECT COUNT("U0"."id") AS "c"
  FROM "shop_customer" "U0"
  WHERE "U0"."city" = "shop_customer"."city"
  GROUP BY "U0"."city"
) AS "n"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, (
  SELECT COUNT(`U0`.`id`) AS `c`
  FROM `shop_customer` `U0`
  WHERE (
    `U0`.`city` = BINARY `shop_customer`.`city`
    AND `shop_customer`.`id` IS NOT NULL
  )
  GROUP BY `U0`.`city`
) AS `n`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", (
  SELECT COUNT("U0"."ID") AS "C"
  FROM "SHOP_CUSTOMER" "U0"
  WHERE "U0"."CITY" = "SHOP_CUSTOMER"."CITY"
  GROUP BY "U0"."CITY"
) AS "N"
FROM "SHOP_CUSTOMER"
params: []
