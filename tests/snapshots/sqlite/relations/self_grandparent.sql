-- Category.objects.filter(parent__parent__name="Books")
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position" FROM "shop_categories" INNER JOIN "shop_categories" "T2" ON ("shop_categories"."parent_id" = "T2"."id") INNER JOIN "shop_categories" "T3" ON ("T2"."parent_id" = "T3"."id") WHERE "T3"."name" = ?
-- params: ["Books"]
