query: Review.objects.datetimes("created", "day", "DESC")

[sqlite]
SELECT DISTINCT strftime('%Y-%m-%d 00:00:00', "shop_review"."created") AS "datetimefield"
FROM "shop_review"
WHERE "shop_review"."created" IS NOT NULL
ORDER BY "datetimefield" DESC
params: []

[postgresql]
SELECT DISTINCT DATE_TRUNC('day', "shop_review"."created") AS "datetimefield"
FROM "shop_review"
WHERE "shop_review"."created" IS NOT NULL
ORDER BY "datetimefield" DESC
params: []

[mysql]
SELECT DISTINCT CAST(DATE_FORMAT(`shop_review`.`created`, '%Y-%m-%d 00:00:00') AS DATETIME) AS `datetimefield`
FROM `shop_review`
WHERE `shop_review`.`created` IS NOT NULL
ORDER BY `datetimefield` DESC
params: []

[oracle]
SELECT DISTINCT TRUNC("SHOP_REVIEW"."CREATED", 'DD') AS "DATETIMEFIELD"
FROM "SHOP_REVIEW"
WHERE "SHOP_REVIEW"."CREATED" IS NOT NULL
ORDER BY "DATETIMEFIELD" DESC
params: []
