-- Review.objects.values("product__category_id").annotate(avg=Avg("rating")).order_by("product__category_id")
SELECT "SHOP_PRODUCT"."CATEGORY_ID", AVG("SHOP_REVIEW"."RATING") AS "AVG" FROM "SHOP_REVIEW" INNER JOIN "SHOP_PRODUCT" ON ("SHOP_REVIEW"."PRODUCT_ID" = "SHOP_PRODUCT"."ID") GROUP BY "SHOP_PRODUCT"."CATEGORY_ID" ORDER BY "SHOP_PRODUCT"."CATEGORY_ID" ASC
-- params: []
