query: Review.objects.aggregate(avg=Avg("rating"))

[sqlite]
SELECT AVG("shop_review"."rating") AS "avg"
FROM "shop_review"
params: []

[postgresql]
SELECT AVG("shop_review"."rating") AS "avg"
FROM "shop_review"
params: []

[mysql]
SELECT AVG(`shop_review`.`rating`) AS `avg`
FROM `shop_review`
params: []

[oracle]
SELECT AVG("SHOP_REVIEW"."RATING") AS "AVG"
FROM "SHOP_REVIEW"
params: []
