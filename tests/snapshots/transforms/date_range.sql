query: Review.objects.filter(created__date__range=(date(2020, 1, 1), date(2020, 3, 31)))

[sqlite]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified"
FROM "shop_review"
WHERE date("shop_review"."created") BETWEEN ? AND ?
params: [date(2020, 1, 1), date(2020, 3, 31)]

[postgresql]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified"
FROM "shop_review"
WHERE CAST("shop_review"."created" AS date) BETWEEN $1 AND $2
params: [date(2020, 1, 1), date(2020, 3, 31)]

[mysql]
SELECT `shop_review`.`id`, `shop_review`.`product_id`, `shop_review`.`author_id`, `shop_review`.`rating`, `shop_review`.`title`, `shop_review`.`body`, `shop_review`.`created`, `shop_review`.`helpful`, `shop_review`.`verified`
FROM `shop_review`
WHERE DATE(`shop_review`.`created`) BETWEEN ? AND ?
params: [date(2020, 1, 1), date(2020, 3, 31)]

[oracle]
SELECT "SHOP_REVIEW"."ID", "SHOP_REVIEW"."PRODUCT_ID", "SHOP_REVIEW"."AUTHOR_ID", "SHOP_REVIEW"."RATING", "SHOP_REVIEW"."TITLE", "SHOP_REVIEW"."BODY", "SHOP_REVIEW"."CREATED", "SHOP_REVIEW"."HELPFUL", "SHOP_REVIEW"."VERIFIED"
FROM "SHOP_REVIEW"
WHERE TRUNC("SHOP_REVIEW"."CREATED") BETWEEN :1 AND :2
params: [date(2020, 1, 1), date(2020, 3, 31)]
