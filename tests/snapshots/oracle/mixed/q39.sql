-- Product.objects.values("category__name").annotate(avg=Avg("price")).order_by("-avg")
SELECT "SHOP_CATEGORIES"."NAME", AVG("SHOP_PRODUCT"."PRICE") AS "AVG" FROM "SHOP_PRODUCT" INNER JOIN "SHOP_CATEGORIES" ON ("SHOP_PRODUCT"."CATEGORY_ID" = "SHOP_CATEGORIES"."ID") GROUP BY "SHOP_CATEGORIES"."NAME" ORDER BY "AVG" DESC
-- params: []
