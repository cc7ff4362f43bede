query: Review.objects.filter(author__isnull=True).count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM "shop_review"
WHERE "shop_review"."author_id" IS NULL
params: []

[postgresql]
SELECT COUNT(*) AS "__count"
FROM "shop_review"
WHERE "shop_review"."author_id" IS NULL
params: []

[mysql]
SELECT COUNT(*) AS `__count`
FROM `shop_review`
WHERE `shop_review`.`author_id` IS NULL
params: []

[oracle]
SELECT COUNT(*) AS "__COUNT"
FROM "SHOP_REVIEW"
WHERE "SHOP_REVIEW"."AUTHOR_ID" IS NULL
params: []
