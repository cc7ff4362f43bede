-- Review.objects.aggregate(sd=StdDev("rating"), var=Variance("rating", sample=True))
SELECT STDDEV_POP("SHOP_REVIEW"."RATING") AS "SD", VAR_SAMP("SHOP_REVIEW"."RATING") AS "VAR" FROM "SHOP_REVIEW"
-- params: []
