-- Product.objects.filter(reviews__rating=5).values("name").annotate(n=Count("reviews"))
SELECT "SHOP_PRODUCT"."NAME", COUNT("SHOP_REVIEW"."ID") AS "N" FROM "SHOP_PRODUCT" INNER JOIN "SHOP_REVIEW" ON ("SHOP_PRODUCT"."ID" = "SHOP_REVIEW"."PRODUCT_ID") WHERE "SHOP_REVIEW"."RATING" = :1 GROUP BY "SHOP_PRODUCT"."NAME"
-- params: [5]
