-- Category.objects.filter(children__name__startswith="Ph")
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position" FROM "shop_categories" INNER JOIN "shop_categories" "T2" ON ("shop_categories"."id" = "T2"."parent_id") WHERE "T2"."name" LIKE $1
-- params: ["Ph%"]
