query: Customer.objects.get(email="user2@example.com").reviews.count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM "shop_review"
WHERE "shop_review"."author_id" IN (
  SELECT "U0"."id"
  FROM "shop_customer" "U0"
  WHERE "U0"."email" = ?
)
params: ["user2@example.com"]

[postgresql]
SELECT COUNT(*) AS "__count"
FROM "shop_review"
WHERE "shop_review"."author_id" IN (
  SELECT "U0"."id"
  FROM "shop_customer" "U0"
  WHERE "U0"."email" = $1
)
params: ["user2@example.com"]

[mysql]
SELECT COUNT(*) AS `__count`
FROM `shop_review`
WHERE `shop_review`.`author_id` IN (
  SELECT `U0`.`id`
  FROM `shop_customer` `U0`
  WHERE `U0`.`email` = BINARY ?
)
params: ["user2@example.com"]

[oracle]
SELECT COUNT(*) AS "__COUNT"
FROM "SHOP_REVIEW"
WHERE "SHOP_REVIEW"."AUTHOR_ID" IN (
  SELECT "U0"."ID"
  FROM "SHOP_CUSTOMER" "U0"
  WHERE "U0"."EMAIL" = :1
)
params: ["user2@example.com"]
