query: Review.objects.filter(Q(author__country="DE") | Q(rating=5))

[sqlite]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified"
FROM "shop_review"
LEFT OUTER JOIN "shop_customer" ON ("shop_review"."author_id" = "shop_customer"."id")
WHERE ("shop_customer"."country" = ? OR "shop_review"."rating" = ?)
params: ["DE", 5]

[postgresql]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified"
FROM "shop_review"
LEFT OUTER JOIN "shop_customer" ON ("shop_review"."author_id" = "shop_customer"."id")
WHERE ("shop_customer"."country" = $1 OR "shop_review"."rating" = $2)
params: ["DE", 5]

[mysql]
SELECT `shop_review`.`id`, `shop_review`.`product_id`, `shop_review`.`author_id`, `shop_review`.`rating`, `shop_review`.`title`, `shop_review`.`body`, `shop_review`.`created`, `shop_review`.`helpful`, `shop_review`.`verified`
FROM `shop_review`
LEFT OUTER JOIN `shop_customer` ON (`shop_review`.`author_id` = `shop_customer`.`id`)
WHERE (`shop_customer`.`country` = BINARY ? OR `shop_review`.`rating` = ?)
params: ["DE", 5]

[oracle]
SELECT "SHOP_REVIEW"."ID", "SHOP_REVIEW"."PRODUCT_ID", "SHOP_REVIEW"."AUTHOR_ID", "SHOP_REVIEW"."RATING", "SHOP_REVIEW"."TITLE", "SHOP_REVIEW"."BODY", "SHOP_REVIEW"."CREATED", "SHOP_REVIEW"."HELPFUL", "SHOP_REVIEW"."VERIFIED"
FROM "SHOP_REVIEW"
LEFT OUTER JOIN "SHOP_CUSTOMER" ON ("SHOP_REVIEW"."AUTHOR_ID" = "SHOP_CUSTOMER"."ID")
WHERE ("SHOP_CUSTOMER"."COUNTRY" = :1 OR "SHOP_REVIEW"."RATING" = :2)
params: ["DE", 5]
