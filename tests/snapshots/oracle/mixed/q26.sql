-- Product.objects.annotate(cat=F("category__name")).values("cat").annotate(n=Count("id"))
SELECT "SHOP_CATEGORIES"."NAME" AS "CAT", COUNT("SHOP_PRODUCT"."ID") AS "N" FROM "SHOP_PRODUCT" INNER JOIN "SHOP_CATEGORIES" ON ("SHOP_PRODUCT"."CATEGORY_ID" = "SHOP_CATEGORIES"."ID") GROUP BY "SHOP_CATEGORIES"."NAME"
-- params: []
