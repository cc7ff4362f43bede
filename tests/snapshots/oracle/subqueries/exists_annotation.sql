-- Product.objects.annotate(reviewed=Exists(Review.objects.filter(product=OuterRef("pk")))).values_list("id", "reviewed")
SELECT "SHOP_PRODUCT"."ID", CASE WHEN EXISTS(SELECT 1 AS "A" FROM "SHOP_REVIEW" "U0" WHERE "U0"."PRODUCT_ID" = "SHOP_PRODUCT"."ID") THEN 1 ELSE 0 END AS "REVIEWED" FROM "SHOP_PRODUCT"
-- params: []
