query: Review.objects.select_related("author").select_related(None).filter(rating=1)

[sqlite]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified"
FROM "shop_review"
WHERE "shop_review"."rating" = ?
params: [1]

[postgresql]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified"
FROM "shop_review"
WHERE "shop_review"."rating" = $1
params: [1]

[mysql]
SELECT `shop_review`.`id`, `shop_review`.`product_id`, `shop_review`.`author_id`, `shop_review`.`rating`, `shop_review`.`title`, `shop_review`.`body`, `shop_review`.`created`, `shop_review`.`helpful`, `shop_review`.`verified`
FROM `shop_review`
WHERE `shop_review`.`rating` = ?
params: [1]

[oracle]
SELECT "SHOP_REVIEW"."ID", "SHOP_REVIEW"."PRODUCT_ID", "SHOP_REVIEW"."AUTHOR_ID", "SHOP_REVIEW"."RATING", "SHOP_REVIEW"."TITLE", "SHOP_REVIEW"."BODY", "SHOP_REVIEW"."CREATED", "SHOP_REVIEW"."HELPFUL", "SHOP_REVIEW"."VERIFIED"
FROM "SHOP_REVIEW"
WHERE "SHOP_REVIEW"."RATING" = :1
params: [1]
