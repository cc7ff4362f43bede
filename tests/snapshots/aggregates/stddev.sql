query: Review.objects.aggregate(sd=StdDev("rating"), var=Variance("rating", sample=True))

[sqlite]
SELECT SQRT(((AVG(("shop_review"."rating") * ("shop_review"."rating") * 1.0) - AVG(("shop_review"."rating") * 1.0) * AVG(("shop_review"."rating") * 1.0)))) AS "sd", ((AVG(("shop_review"."rating") * ("shop_review"."rating") * 1.0) - AVG(("shop_review"."rating") * 1.0) * AVG(("shop_review"."rating") * 1.0)) * COUNT(("shop_review"."rating") * 1.0) / (COUNT(("shop_review"."rating") * 1.0) - 1)) AS "var"
FROM "shop_review"
params: []

[postgresql]
SELECT STDDEV_POP("shop_review"."rating") AS "sd", VAR_SAMP("shop_review"."rating") AS "var"
FROM "shop_review"
params: []

[mysql]
SELECT STDDEV_POP(`shop_review`.`rating`) AS `sd`, VAR_SAMP(`shop_review`.`rating`) AS `var`
FROM `shop_review`
params: []

[oracle]
SELECT STDDEV_POP("SHOP_REVIEW"."RATING") AS "SD", VAR_SAMP("SHOP_REVIEW"."RATING") AS "VAR"
FROM "SHOP_REVIEW"
params: []
