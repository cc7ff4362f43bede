-- Product.objects.filter(category__name__in=["Phones", "Laptops"]).aggregate(Sum("stock"))
SELECT SUM("shop_product"."stock") AS "stock__sum" FROM "shop_product" INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id") WHERE "shop_categories"."name" IN (?, ?)
-- params: ["Phones", "Laptops"]
