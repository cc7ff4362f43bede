query: Customer.objects.filter(~Exists(Order.objects.filter(customer=OuterRef("pk"))))

[sqlite]
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
WHERE NOT EXISTS(
  SELECT 1 AS "a"
  FROM "shop_order" "U0"
  WHERE "U0"."customer_id" = "shop_customer"."id"
)
params: []

[postgresql]
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
WHERE NOT EXISTS(
  SELECT 1 AS "a"
  FROM "shop_order" "U0"
  WHERE "U0"."customer_id" = "shop_customer"."id"
)
params: []

[mysql]
SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes`
FROM `shop_customer`
WHERE NOT EXISTS(
  SELECT 1 AS `a`
  FROM `shop_order` `U0`
  WHERE `U0`.`customer_id` = `shop_customer`.`id`
)
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
FROM "SHOP_CUSTOMER"
WHERE NOT EXISTS(
  SELECT 1 AS "A"
  FROM "SHOP_ORDER" "U0"
  WHERE "U0"."CUSTOMER_ID" = "SHOP_CUSTOMER"."ID"
)
params: []
