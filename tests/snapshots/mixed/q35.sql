query: Review.objects.aggregate(a=Avg("rating", output_field=FloatField()))

[sqlite]
SELECT AVG("shop_review"."rating") AS "a"
FROM "shop_review"
params: []

[postgresql]
SELECT AVG("shop_review"."rating") AS "a"
FROM "shop_review"
params: []

[mysql]
SELECT AVG(`shop_review`.`rating`) AS `a`
FROM `shop_review`
params: []

[oracle]
SELECT AVG("SHOP_REVIEW"."RATING") AS "A"
FROM "SHOP_REVIEW"
params: []
