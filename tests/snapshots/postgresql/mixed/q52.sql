-- Category.objects.annotate(n=Count("products")).filter(n=0).values_list("name", flat=True)
SELECT "shop_categories"."name" FROM "shop_categories" LEFT OUTER JOIN "shop_product" ON ("shop_categories"."id" = "shop_product"."category_id") GROUP BY "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position" HAVING COUNT("shop_product"."id") = $1
-- params: [0]
