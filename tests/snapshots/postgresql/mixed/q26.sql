-- Product.objects.annotate(cat=F("category__name")).values("cat").annotate(n=Count("id"))
SELECT "shop_categories"."name" AS "cat", COUNT("shop_product"."id") AS "n" FROM "shop_product" INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id") GROUP BY "shop_categories"."name"
-- params: []
