-- Review.objects.aggregate(a=Avg("rating", output_field=FloatField()))
SELECT AVG("shop_review"."rating") AS "a" FROM "shop_review"
-- params: []
