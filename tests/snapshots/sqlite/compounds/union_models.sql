-- Tag.objects.values_list("name").union(Category.objects.values_list("name")).order_by("name")
SELECT "shop_tag"."name" FROM "shop_tag" UNION SELECT "shop_categories"."name" FROM "shop_categories" ORDER BY 1 ASC
-- params: []
