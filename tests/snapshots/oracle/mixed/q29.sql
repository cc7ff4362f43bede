-- Product.objects.filter(category__name__in=["Phones", "Laptops"]).aggregate(Sum("stock"))
SELECT SUM("SHOP_PRODUCT"."STOCK") AS "STOCK__SUM" FROM "SHOP_PRODUCT" INNER JOIN "SHOP_CATEGORIES" ON ("SHOP_PRODUCT"."CATEGORY_ID" = "SHOP_CATEGORIES"."ID") WHERE "SHOP_CATEGORIES"."NAME" IN (:1, :2)
-- params: ["Phones", "Laptops"]
