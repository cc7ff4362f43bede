-- Review.objects.filter(created__date__gt=date(2024, 1, 1))
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified" FROM "shop_review" WHERE date("shop_review"."created") > ?
-- params: ["2024-01-01"]
