-- Review.objects.filter(product__category__name="Books").delete()
DELETE FROM "SHOP_REVIEW" WHERE "SHOP_REVIEW"."ID" IN (SELECT "U0"."ID" FROM "SHOP_REVIEW" "U0" INNER JOIN "SHOP_PRODUCT" "U1" ON ("U0"."PRODUCT_ID" = "U1"."ID") INNER JOIN "SHOP_CATEGORIES" "U2" ON ("U1"."CATEGORY_ID" = "U2"."ID") WHERE "U2"."NAME" = :1)
-- params: ["Books"]
