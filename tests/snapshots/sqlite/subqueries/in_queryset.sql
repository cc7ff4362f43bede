-- Review.objects.filter(product__in=Product.objects.filter(category__parent__name="Books"))
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified" FROM "shop_review" WHERE "shop_review"."product_id" IN (SELECT "U0"."id" FROM "shop_product" "U0" INNER JOIN "shop_categories" "U1" ON ("U0"."category_id" = "U1"."id") INNER JOIN "shop_categories" "U2" ON ("U1"."parent_id" = "U2"."id") WHERE "U2"."name" = ?)
-- params: ["Books"]
