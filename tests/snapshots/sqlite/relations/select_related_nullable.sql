-- Category.objects.select_related("parent").filter(position__gt=0)
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position", "T2"."id", "T2"."name", "T2"."slug", "T2"."parent_id", "T2"."position" FROM "shop_categories" LEFT OUTER JOIN "shop_categories" "T2" ON ("shop_categories"."parent_id" = "T2"."id") WHERE "shop_categories"."position" > ?
-- params: [0]
