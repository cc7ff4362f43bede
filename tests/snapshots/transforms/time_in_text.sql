query: Review.objects.filter(created__time__in=["08:00", "20:15:30"])

[sqlite]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified"
FROM "shop_review"
WHERE (time("shop_review"."created") || substr("shop_review"."created", 20, 7)) IN (?, ?)
params: [time(8, 0, 0), time(20, 15, 30)]

[postgresql]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified"
FROM "shop_review"
WHERE CAST("shop_review"."created" AS time) IN ($1, $2)
params: [time(8, 0, 0), time(20, 15, 30)]

[mysql]
SELECT `shop_review`.`id`, `shop_review`.`product_id`, `shop_review`.`author_id`, `shop_review`.`rating`, `shop_review`.`title`, `shop_review`.`body`, `shop_review`.`created`, `shop_review`.`helpful`, `shop_review`.`verified`
FROM `shop_review`
WHERE TIME(`shop_review`.`created`) IN (?, ?)
params: [time(8, 0, 0), time(20, 15, 30)]

[oracle]
SELECT "SHOP_REVIEW"."ID", "SHOP_REVIEW"."PRODUCT_ID", "SHOP_REVIEW"."AUTHOR_ID", "SHOP_REVIEW"."RATING", "SHOP_REVIEW"."TITLE", "SHOP_REVIEW"."BODY", "SHOP_REVIEW"."CREATED", "SHOP_REVIEW"."HELPFUL", "SHOP_REVIEW"."VERIFIED"
FROM "SHOP_REVIEW"
WHERE TO_TIMESTAMP(CONCAT('1900-01-01 ', TO_CHAR("SHOP_REVIEW"."CREATED", 'HH24:MI:SS.FF')), 'YYYY-MM-DD HH24:MI:SS.FF') IN (:1, :2)
params: [datetime(1900, 1, 1, 8, 0, 0), datetime(1900, 1, 1, 20, 15, 30)]
