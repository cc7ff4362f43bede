query: Review.objects.annotate(day=TruncDay("created")).filter(day__year=2021).values_list("id", "day")

[sqlite]
SELECT "shop_review"."id", strftime('%Y-%m-%d 00:00:00', "shop_review"."created") AS "day"
FROM "shop_review"
WHERE strftime('%Y-%m-%d 00:00:00', "shop_review"."created") BETWEEN ? AND ?
params: [datetime(2021, 1, 1, 0, 0, 0), datetime(2021, 12, 31, 23, 59, 59, 999999)]

[postgresql]
SELECT "shop_review"."id", DATE_TRUNC('day', "shop_review"."created") AS "day"
FROM "shop_review"
WHERE DATE_TRUNC('day', "shop_review"."created") BETWEEN $1 AND $2
params: [datetime(2021, 1, 1, 0, 0, 0), datetime(2021, 12, 31, 23, 59, 59, 999999)]

[mysql]
SELECT `shop_review`.`id`, CAST(DATE_FORMAT(`shop_review`.`created`, '%Y-%m-%d 00:00:00') AS DATETIME) AS `day`
FROM `shop_review`
WHERE CAST(DATE_FORMAT(`shop_review`.`created`, '%Y-%m-%d 00:00:00') AS DATETIME) BETWEEN ? AND ?
params: [datetime(2021, 1, 1, 0, 0, 0), datetime(2021, 12, 31, 23, 59, 59, 999999)]

[oracle]
SELECT "SHOP_REVIEW"."ID", TRUNC("SHOP_REVIEW"."CREATED", 'DD') AS "DAY"
FROM "SHOP_REVIEW"
WHERE TRUNC("SHOP_REVIEW"."CREATED", 'DD') BETWEEN :1 AND :2
params: [datetime(2021, 1, 1, 0, 0, 0), datetime(2021, 12, 31, 23, 59, 59, 999999)]
