-- Review.objects.aggregate(avg=Avg("rating"))
SELECT AVG("SHOP_REVIEW"."RATING") AS "AVG" FROM "SHOP_REVIEW"
-- params: []
