query: Customer.objects.annotate(same=Exists(Customer.objects.filter(city=OuterRef("city")).exclude(pk=OuterRef("pk")))).values_list("id", "same")

[sqlite]
SELECT "shop_customer"."id", EXISTS(
  SELECT 1 AS "a"
  FROM "shop_customer" "U0"
  WHERE (
    "U0"."city" = "shop_customer"."city"
    AND NOT ("U0"."id" = "shop_customer"."id")
  )
) AS "same"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", EXISTS(
  SELECT 1 AS "a"
  FROM "shop_customer" "U0"
  WHERE (
    "U0"."city" = "shop_customer"."city"
    AND NOT ("U0"."id" = "shop_customer"."id")
  )
) AS "same"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, EXISTS(
  SELECT 1 AS `a`
  FROM `shop_customer` `U0`
  WHERE (
    `U0`.`city` = BINARY `shop_customer`.`city`
    AND NOT (`U0`.`id` = `shop_customer`.`id`)
    AND `shop_customer`.`id` IS NOT NULL
  )
) AS `same`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", CASE WHEN EXISTS(
  SELECT 1 AS "A"
  FROM "SHOP_CUSTOMER" "U0"
  WHERE (
    "U0"."CITY" = "SHOP_CUSTOMER"."CITY"
    AND NOT ("U0"."ID" = "SHOP_CUSTOMER"."ID")
  )
) THEN 1 ELSE 0 END AS "SAME"
FROM "SHOP_CUSTOMER"
params: []
