query: Review.objects.filter(rating=5).values_list("title", flat=True).union(Review.objects.filter(rating=1).values_list("title", flat=True), all=True).order_by("author__name", "title")

[sqlite]
SELECT "shop_review"."title", "shop_customer"."name" AS "__orderbycol2"
FROM "shop_review"
LEFT OUTER JOIN "shop_customer" ON ("shop_review"."author_id" = "shop_customer"."id")
WHERE "shop_review"."rating" = ?
UNION ALL
SELECT "shop_review"."title", "shop_customer"."name" AS "__orderbycol2"
FROM "shop_review"
LEFT OUTER JOIN "shop_customer" ON ("shop_review"."author_id" = "shop_customer"."id")
WHERE "shop_review"."rating" = ?
ORDER BY 2 ASC, 1 ASC
params: [5, 1]

[postgresql]
(
  SELECT "shop_review"."title", "shop_customer"."name" AS "__orderbycol2"
  FROM "shop_review"
  LEFT OUTER JOIN "shop_customer" ON ("shop_review"."author_id" = "shop_customer"."id")
  WHERE "shop_review"."rating" = $1
)
UNION ALL
(
  SELECT "shop_review"."title", "shop_customer"."name" AS "__orderbycol2"
  FROM "shop_review"
  LEFT OUTER JOIN "shop_customer" ON ("shop_review"."author_id" = "shop_customer"."id")
  WHERE "shop_review"."rating" = $2
)
ORDER BY 2 ASC, 1 ASC
params: [5, 1]

[mysql]
(
  SELECT `shop_review`.`title`, `shop_customer`.`name` AS `__orderbycol2`
  FROM `shop_review`
  LEFT OUTER JOIN `shop_customer` ON (`shop_review`.`author_id` = `shop_customer`.`id`)
  WHERE `shop_review`.`rating` = ?
)
UNION ALL
(
  SELECT `shop_review`.`title`, `shop_customer`.`name` AS `__orderbycol2`
  FROM `shop_review`
  LEFT OUTER JOIN `shop_customer` ON (`shop_review`.`author_id` = `shop_customer`.`id`)
  WHERE `shop_review`.`rating` = ?
)
ORDER BY 2 ASC, 1 ASC
params: [5, 1]

[oracle]
(
  SELECT "SHOP_REVIEW"."TITLE", "SHOP_CUSTOMER"."NAME" AS "__ORDERBYCOL2"
  FROM "SHOP_REVIEW"
  LEFT OUTER JOIN "SHOP_CUSTOMER" ON ("SHOP_REVIEW"."AUTHOR_ID" = "SHOP_CUSTOMER"."ID")
  WHERE "SHOP_REVIEW"."RATING" = :1
)
UNION ALL
(
  SELECT "SHOP_REVIEW"."TITLE", "SHOP_CUSTOMER"."NAME" AS "__ORDERBYCOL2"
  FROM "SHOP_REVIEW"
  LEFT OUTER JOIN "SHOP_CUSTOMER" ON ("SHOP_REVIEW"."AUTHOR_ID" = "SHOP_CUSTOMER"."ID")
  WHERE "SHOP_REVIEW"."RATING" = :2
)
ORDER BY 2 ASC, 1 ASC
params: [5, 1]
