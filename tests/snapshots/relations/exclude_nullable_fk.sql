query: Review.objects.exclude(author__country="DE")

[sqlite]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified"
FROM "shop_review"
LEFT OUTER JOIN "shop_customer" ON ("shop_review"."author_id" = "shop_customer"."id")
WHERE NOT (("shop_customer"."country" = ? AND "shop_customer"."country" IS NOT NULL))
params: ["DE"]

[postgresql]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified"
FROM "shop_review"
LEFT OUTER JOIN "shop_customer" ON ("shop_review"."author_id" = "shop_customer"."id")
WHERE NOT (("shop_customer"."country" = $1 AND "shop_customer"."country" IS NOT NULL))
params: ["DE"]

[mysql]
SELECT `shop_review`.`id`, `shop_review`.`product_id`, `shop_review`.`author_id`, `shop_review`.`rating`, `shop_review`.`title`, `shop_review`.`body`, `shop_review`.`created`, `shop_review`.`helpful`, `shop_review`.`verified`
FROM `shop_review`
LEFT OUTER JOIN `shop_customer` ON (`shop_review`.`author_id` = `shop_customer`.`id`)
WHERE NOT ((`shop_customer`.`country` = BINARY ? AND `shop_customer`.`country` IS NOT NULL))
params: ["DE"]

[oracle]
SELECT "SHOP_REVIEW"."ID", "SHOP_REVIEW"."PRODUCT_ID", "SHOP_REVIEW"."AUTHOR_ID", "SHOP_REVIEW"."RATING", "SHOP_REVIEW"."TITLE", "SHOP_REVIEW"."BODY", "SHOP_REVIEW"."CREATED", "SHOP_REVIEW"."HELPFUL", "SHOP_REVIEW"."VERIFIED"
FROM "SHOP_REVIEW"
LEFT OUTER JOIN "SHOP_CUSTOMER" ON ("SHOP_REVIEW"."AUTHOR_ID" = "SHOP_CUSTOMER"."ID")
WHERE NOT (("SHOP_CUSTOMER"."COUNTRY" = :1 AND "SHOP_CUSTOMER"."COUNTRY" IS NOT NULL))
params: ["DE"]
