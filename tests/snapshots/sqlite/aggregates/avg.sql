-- Review.objects.aggregate(avg=Avg("rating"))
SELECT AVG("shop_review"."rating") AS "avg" FROM "shop_review"
-- params: []
