query: Customer.objects.get(email="user2@example.com").reviews.order_by("id").values_list("id", "rating")

[sqlite]
SELECT "shop_review"."id", "shop_review"."rating"
FROM "shop_review"
WHERE "shop_review"."author_id" IN (
  SELECT "U0"."id"
  FROM "shop_customer" "U0"
  WHERE "U0"."email" = ?
)
ORDER BY "shop_review"."id" ASC
params: ["user2@example.com"]

[postgresql]
SELECT "shop_review"."id", "shop_review"."rating"
FROM "shop_review"
WHERE "shop_review"."author_id" IN (
  SELECT "U0"."id"
  FROM "shop_customer" "U0"
  WHERE "U0"."email" = $1
)
ORDER BY "shop_review"."id" ASC
params: ["user2@example.com"]

[mysql]
SELECT `shop_review`.`id`, `shop_review`.`rating`
FROM `shop_review`
WHERE `shop_review`.`author_id` IN (
  SELECT `U0`.`id`
  FROM `shop_customer` `U0`
  WHERE `U0`.`email` = BINARY ?
)
ORDER BY `shop_review`.`id` ASC
params: ["user2@example.com"]

[oracle]
SELECT "SHOP_REVIEW"."ID", "SHOP_REVIEW"."RATING"
FROM "SHOP_REVIEW"
WHERE "SHOP_REVIEW"."AUTHOR_ID" IN (
  SELECT "U0"."ID"
  FROM "SHOP_CUSTOMER" "U0"
  WHERE "U0"."EMAIL" = :1
)
ORDER BY "SHOP_REVIEW"."ID" ASC
params: ["user2@example.com"]
