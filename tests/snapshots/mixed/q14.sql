query: Review.objects.values("rating").annotate(c=Count("id")).order_by("rating")

[sqlite]
SELECT "shop_review"."rating", COUNT("shop_review"."id") AS "c"
FROM "shop_review"
GROUP BY "shop_review"."rating"
ORDER BY "shop_review"."rating" ASC
params: []

[postgresql]
SELECT "shop_review"."rating", COUNT("shop_review"."id") AS "c"
FROM "shop_review"
GROUP BY "shop_review"."rating"
ORDER BY "shop_review"."rating" ASC
params: []

[mysql]
SELECT `shop_review`.`rating`, COUNT(`shop_review`.`id`) AS `c`
FROM `shop_review`
GROUP BY `shop_review`.`rating`
ORDER BY `shop_review`.`rating` ASC
params: []

[oracle]
SELECT "SHOP_REVIEW"."RATING", COUNT("SHOP_REVIEW"."ID") AS "C"
FROM "SHOP_REVIEW"
GROUP BY "SHOP_REVIEW"."RATING"
ORDER BY "SHOP_REVIEW"."RATING" ASC
params: []
