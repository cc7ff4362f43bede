-- Product.objects.values("category").annotate(n=Count("id")).aggregate(a=Avg("n"), m=Max("n"))
SELECT AVG("SUBQUERY"."N") AS "A", MAX("SUBQUERY"."N") AS "M" FROM (SELECT "SHOP_PRODUCT"."CATEGORY_ID" AS "COL1", COUNT("SHOP_PRODUCT"."ID") AS "N" FROM "SHOP_PRODUCT" GROUP BY "SHOP_PRODUCT"."CATEGORY_ID") "SUBQUERY"
-- params: []
