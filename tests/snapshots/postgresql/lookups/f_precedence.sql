-- Review.objects.filter(helpful__gt=F("rating") * 5 - 3)
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified" FROM "shop_review" WHERE "shop_review"."helpful" > (("shop_review"."rating" * $1) - $2)
-- params: [5, 3]
