-- Product.objects.values("category__name").annotate(avg=Avg("price")).order_by("-avg")
SELECT "shop_categories"."name", AVG("shop_product"."price") AS "avg" FROM "shop_product" INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id") GROUP BY "shop_categories"."name" ORDER BY "avg" DESC
-- params: []
