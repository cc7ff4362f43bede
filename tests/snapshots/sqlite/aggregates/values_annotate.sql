-- Review.objects.values("product__category_id").annotate(avg=Avg("rating")).order_by("product__category_id")
SELECT "shop_product"."category_id", AVG("shop_review"."rating") AS "avg" FROM "shop_review" INNER JOIN "shop_product" ON ("shop_review"."product_id" = "shop_product"."id") GROUP BY "shop_product"."category_id" ORDER BY "shop_product"."category_id" ASC
-- params: []
