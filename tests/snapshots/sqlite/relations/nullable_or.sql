-- Review.objects.filter(Q(author__country="DE") | Q(rating=5))
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified" FROM "shop_review" LEFT OUTER JOIN "shop_customer" ON ("shop_review"."author_id" = "shop_customer"."id") WHERE ("shop_customer"."country" = ? OR "shop_review"."rating" = ?)
-- params: ["DE", 5]
