-- Review.objects.aggregate(sd=StdDev("rating"), var=Variance("rating", sample=True))
SELECT SQRT(((AVG(("shop_review"."rating") * ("shop_review"."rating") * 1.0) - AVG(("shop_review"."rating") * 1.0) * AVG(("shop_review"."rating") * 1.0)))) AS "sd", ((AVG(("shop_review"."rating") * ("shop_review"."rating") * 1.0) - AVG(("shop_review"."rating") * 1.0) * AVG(("shop_review"."rating") * 1.0)) * COUNT(("shop_review"."rating") * 1.0) / (COUNT(("shop_review"."rating") * 1.0) - 1)) AS "var" FROM "shop_review"
-- params: []
