-- Product.objects.values("category").annotate(n=Count("id")).aggregate(a=Avg("n"), m=Max("n"))
SELECT AVG("subquery"."n") AS "a", MAX("subquery"."n") AS "m" FROM (SELECT "shop_product"."category_id" AS "col1", COUNT("shop_product"."id") AS "n" FROM "shop_product" GROUP BY "shop_product"."category_id") "subquery"
-- params: []
