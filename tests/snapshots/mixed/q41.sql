query: Order.objects.values("status").distinct().count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM (
  SELECT DISTINCT "shop_order"."status" AS "Col1"
  FROM "shop_order"
) subquery
params: []

[postgresql]
SELECT COUNT(*) AS "__count"
FROM (
  SELECT DISTINCT "shop_order"."status" AS "Col1"
  FROM "shop_order"
) subquery
params: []

[mysql]
SELECT COUNT(*) AS `__count`
FROM (
  SELECT DISTINCT `shop_order`.`status` AS `Col1`
  FROM `shop_order`
) subquery
params: []

[oracle]
SELECT COUNT(*) AS "__COUNT"
FROM (
  SELECT DISTINCT "SHOP_ORDER"."STATUS" AS "COL1"
  FROM "SHOP_ORDER"
) subquery
params: []
