-- Review.objects.order_by("-created", "id")
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified" FROM "shop_review" ORDER BY "shop_review"."created" DESC, "shop_review"."id" ASC
-- params: []
