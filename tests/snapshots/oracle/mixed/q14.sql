-- Review.objects.values("rating").annotate(c=Count("id")).order_by("rating")
SELECT "SHOP_REVIEW"."RATING", COUNT("SHOP_REVIEW"."ID") AS "C" FROM "SHOP_REVIEW" GROUP BY "SHOP_REVIEW"."RATING" ORDER BY "SHOP_REVIEW"."RATING" ASC
-- params: []
