query: Customer.objects.filter(Exists(Review.objects.filter(author=OuterRef("pk"), rating=1)))

[sqlite]
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
WHERE EXISTS(
  SELECT 1 AS "a"
  FROM "shop_review" "U0"
  WHERE ("U0"."author_id" = "shop_customer"."id" AND "U0"."rating" = ?)
)
params: [1]

[postgresql]
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
WHERE EXISTS(
  SELECT 1 AS "a"
  FROM "shop_review" "U0"
  WHERE ("U0"."author_id" = "shop_customer"."id" AND "U0"."rating" = $1)
)
params: [1]

[mysql]
SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes`
FROM `shop_customer`
WHERE EXISTS(
  SELECT 1 AS `a`
  FROM `shop_review` `U0`
  WHERE (`U0`.`author_id` = `shop_customer`.`id` AND `U0`.`rating` = ?)
)
params: [1]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
FROM "SHOP_CUSTOMER"
WHERE EXISTS(
  SELECT 1 AS "A"
  FROM "SHOP_REVIEW" "U0"
  WHERE ("U0"."AUTHOR_ID" = "SHOP_CUSTOMER"."ID" AND "U0"."RATING" = :1)
)
params: [1]
