query: Review.objects.filter(created__year=2023, rating__gte=4).count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM "shop_review"
WHERE ("shop_review"."created" BETWEEN ? AND ? AND "shop_review"."rating" >= ?)
params: [datetime(2023, 1, 1, 0, 0, 0), datetime(2023, 12, 31, 23, 59, 59, 999999), 4]

[postgresql]
SELECT COUNT(*) AS "__count"
FROM "shop_review"
WHERE ("shop_review"."created" BETWEEN $1 AND $2 AND "shop_review"."rating" >= $3)
params: [datetime(2023, 1, 1, 0, 0, 0), datetime(2023, 12, 31, 23, 59, 59, 999999), 4]

[mysql]
SELECT COUNT(*) AS `__count`
FROM `shop_review`
WHERE (`shop_review`.`created` BETWEEN ? AND ? AND `shop_review`.`rating` >= ?)
params: [datetime(2023, 1, 1, 0, 0, 0), datetime(2023, 12, 31, 23, 59, 59, 999999), 4]

[oracle]
SELECT COUNT(*) AS "__COUNT"
FROM "SHOP_REVIEW"
WHERE ("SHOP_REVIEW"."CREATED" BETWEEN :1 AND :2 AND "SHOP_REVIEW"."RATING" >= :3)
params: [datetime(2023, 1, 1, 0, 0, 0), datetime(2023, 12, 31, 23, 59, 59, 999999), 4]
