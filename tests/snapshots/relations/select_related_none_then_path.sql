query: Review.objects.select_related().select_related(None).select_related("author").filter(rating=1)

[sqlite]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified", "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_review"
LEFT OUTER JOIN "shop_customer" ON ("shop_review"."author_id" = "shop_customer"."id")
WHERE "shop_review"."rating" = ?
params: [1]

[postgresql]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified", "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_review"
LEFT OUTER JOIN "shop_customer" ON ("shop_review"."author_id" = "shop_customer"."id")
WHERE "shop_review"."rating" = $1
params: [1]

[mysql]
SELECT `shop_review`.`id`, `shop_review`.`product_id`, `shop_review`.`author_id`, `shop_review`.`rating`, `shop_review`.`title`, `shop_review`.`body`, `shop_review`.`created`, `shop_review`.`helpful`, `shop_review`.`verified`, `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes`
FROM `shop_review`
LEFT OUTER JOIN `shop_customer` ON (`shop_review`.`author_id` = `shop_customer`.`id`)
WHERE `shop_review`.`rating` = ?
params: [1]

[oracle]
SELECT "SHOP_REVIEW"."ID", "SHOP_REVIEW"."PRODUCT_ID", "SHOP_REVIEW"."AUTHOR_ID", "SHOP_REVIEW"."RATING", "SHOP_REVIEW"."TITLE", "SHOP_REVIEW"."BODY", "SHOP_REVIEW"."CREATED", "SHOP_REVIEW"."HELPFUL", "SHOP_REVIEW"."VERIFIED", "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
FROM "SHOP_REVIEW"
LEFT OUTER JOIN "SHOP_CUSTOMER" ON ("SHOP_REVIEW"."AUTHOR_ID" = "SHOP_CUSTOMER"."ID")
WHERE "SHOP_REVIEW"."RATING" = :1
params: [1]
