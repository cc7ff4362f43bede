query: Product.objects.values("category").annotate(n=Count("id")).aggregate(a=Avg("n"), m=Max("n"))

[sqlite]
SELECT AVG("subquery"."n") AS "a", MAX("subquery"."n") AS "m"
FROM (
  SELECT "shop_product"."category_id" AS "col1", COUNT("shop_product"."id") AS "n"
  FROM "shop_product"
  GROUP BY "shop_product"."category_id"
) "subquery"
params: []

[postgresql]
SELECT AVG("subquery"."n") AS "a", MAX("subquery"."n") AS "m"
FROM (
  SELECT "shop_product"."category_id" AS "col1", COUNT("shop_product"."id") AS "n"
  FROM "shop_product"
  GROUP BY "shop_product"."category_id"
) "subquery"
params: []

[mysql]
SELECT AVG(`subquery`.`n`) AS `a`, MAX(`subquery`.`n`) AS `m`
FROM (
  SELECT `shop_product`.`category_id` AS `col1`, COUNT(`shop_product`.`id`) AS `n`
  FROM `shop_product`
  GROUP BY `shop_product`.`category_id`
) `subquery`
params: []

[oracle]
SELECT AVG("SUBQUERY"."N") AS "A", MAX("SUBQUERY"."N") AS "M"
FROM (
  SELECT "SHOP_PRODUCT"."CATEGORY_ID" AS "COL1", COUNT("SHOP_PRODUCT"."ID") AS "N"
  FROM "SHOP_PRODUCT"
  GROUP BY "SHOP_PRODUCT"."CATEGORY_ID"
) "SUBQUERY"
params: []
