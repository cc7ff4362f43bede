-- Review.objects.values("rating").annotate(c=Count("id")).order_by("rating")
SELECT "shop_review"."rating", COUNT("shop_review"."id") AS "c" FROM "shop_review" GROUP BY "shop_review"."rating" ORDER BY "shop_review"."rating" ASC
-- params: []
