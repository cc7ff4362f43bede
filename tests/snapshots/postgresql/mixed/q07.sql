-- Category.objects.filter(children__isnull=True)
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position" FROM "shop_categories" LEFT OUTER JOIN "shop_categories" "T2" ON ("shop_categories"."id" = "T2"."parent_id") WHERE "T2"."id" IS NULL
-- params: []
