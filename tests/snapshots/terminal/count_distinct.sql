query: Customer.objects.values("country").distinct().count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM (
  SELECT DISTINCT "shop_customer"."country" AS "Col1"
  FROM "shop_customer"
) subquery
params: []

[postgresql]
SELECT COUNT(*) AS "__count"
FROM (
  SELECT DISTINCT "shop_customer"."country" AS "Col1"
  FROM "shop_customer"
) subquery
params: []

[mysql]
SELECT COUNT(*) AS `__count`
FROM (
  SELECT DISTINCT `shop_customer`.`country` AS `Col1`
  FROM `shop_customer`
) subquery
params: []

[oracle]
SELECT COUNT(*) AS "__COUNT"
FROM (
  SELECT DISTINCT "SHOP_CUSTOMER"."COUNTRY" AS "COL1"
  FROM "SHOP_CUSTOMER"
) subquery
params: []
