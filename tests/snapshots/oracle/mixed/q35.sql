-- Review.objects.aggregate(a=Avg("rating", output_field=FloatField()))
SELECT AVG("SHOP_REVIEW"."RATING") AS "A" FROM "SHOP_REVIEW"
-- params: []
