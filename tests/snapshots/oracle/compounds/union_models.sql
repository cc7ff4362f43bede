-- Tag.objects.values_list("name").union(Category.objects.values_list("name")).order_by("name")
(SELECT "SHOP_TAG"."NAME" FROM "SHOP_TAG") UNION (SELECT "SHOP_CATEGORIES"."NAME" FROM "SHOP_CATEGORIES") ORDER BY 1 ASC
-- params: []
