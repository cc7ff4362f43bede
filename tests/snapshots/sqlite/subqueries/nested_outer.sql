-- Category.objects.filter(Exists(Product.objects.filter(category=OuterRef("pk"), reviews__rating=5)))
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position" FROM "shop_categories" WHERE EXISTS(SELECT 1 AS "a" FROM "shop_product" "U0" INNER JOIN "shop_review" "U1" ON ("U0"."id" = "U1"."product_id") WHERE ("U0"."category_id" = "shop_categories"."id" AND "U1"."rating" = ?))
-- params: [5]
