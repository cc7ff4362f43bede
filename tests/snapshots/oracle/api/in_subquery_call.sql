-- Product.objects.filter(id__in=Subquery(Review.objects.filter(rating__gte=4).values("product"))).values_list("id", flat=True)
SELECT "SHOP_PRODUCT"."ID" FROM "SHOP_PRODUCT" WHERE "SHOP_PRODUCT"."ID" IN (SELECT "U0"."PRODUCT_ID" FROM "SHOP_REVIEW" "U0" WHERE "U0"."RATING" >= :1)
-- params: [4]
