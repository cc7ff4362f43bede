query: Review.objects.filter(author__isnull=True)

[sqlite]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified"
FROM "shop_review"
WHERE "shop_review"."author_id" IS NULL
params: []

[postgresql]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified"
FROM "shop_review"
WHERE "shop_review"."author_id" IS NULL
params: []

[mysql]
SELECT `shop_review`.`id`, `shop_review`.`product_id`, `shop_review`.`author_id`, `shop_review`.`rating`, `shop_review`.`title`, `shop_review`.`body`, `shop_review`.`created`, `shop_review`.`helpful`, `shop_review`.`verified`
FROM `shop_review`
WHERE `shop_review`.`author_id` IS NULL
params: []

[oracle]
SELECT "SHOP_REVIEW"."ID", "SHOP_REVIEW"."PRODUCT_ID", "SHOP_REVIEW"."AUTHOR_ID", "SHOP_REVIEW"."RATING", "SHOP_REVIEW"."TITLE", "SHOP_REVIEW"."BODY", "SHOP_REVIEW"."CREATED", "SHOP_REVIEW"."HELPFUL", "SHOP_REVIEW"."VERIFIED"
FROM "SHOP_REVIEW"
WHERE "SHOP_REVIEW"."AUTHOR_ID" IS NULL
params: []
