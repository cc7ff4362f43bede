-- Category.objects.annotate(total_stock=Sum("products__stock"), n=Count("products")).filter(n__gte=1).values_list("id", "total_stock", "n")
SELECT "shop_categories"."id", SUM("shop_product"."stock") AS "total_stock", COUNT("shop_product"."id") AS "n" FROM "shop_categories" LEFT OUTER JOIN "shop_product" ON ("shop_categories"."id" = "shop_product"."category_id") GROUP BY "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position" HAVING COUNT("shop_product"."id") >= $1
-- params: [1]
