query: Review.objects.filter(helpful__gt=F("rating") * 5 - 3)

[sqlite]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified"
FROM "shop_review"
WHERE "shop_review"."helpful" > (("shop_review"."rating" * ?) - ?)
params: [5, 3]

[postgresql]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified"
FROM "shop_review"
WHERE "shop_review"."helpful" > (("shop_review"."rating" * $1) - $2)
params: [5, 3]

[mysql]
SELECT `shop_review`.`id`, `shop_review`.`product_id`, `shop_review`.`author_id`, `shop_review`.`rating`, `shop_review`.`title`, `shop_review`.`body`, `shop_review`.`created`, `shop_review`.`helpful`, `shop_review`.`verified`
FROM `shop_review`
WHERE `shop_review`.`helpful` > ((`shop_review`.`rating` * ?) - ?)
params: [5, 3]

[oracle]
SELECT "SHOP_REVIEW"."ID", "SHOP_REVIEW"."PRODUCT_ID", "SHOP_REVIEW"."AUTHOR_ID", "SHOP_REVIEW"."RATING", "SHOP_REVIEW"."TITLE", "SHOP_REVIEW"."BODY", "SHOP_REVIEW"."CREATED", "SHOP_REVIEW"."HELPFUL", "SHOP_REVIEW"."VERIFIED"
FROM "SHOP_REVIEW"
WHERE "SHOP_REVIEW"."HELPFUL" > (("SHOP_REVIEW"."RATING" * :1) - :2)
params: [5, 3]
