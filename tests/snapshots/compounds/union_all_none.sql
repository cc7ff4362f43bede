query: Customer.objects.none().union(Customer.objects.none(), all=True).count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM (
  SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
  FROM "shop_customer"
  WHERE 1 = 0
) "subquery"
params: []

[postgresql]
SELECT COUNT(*) AS "__count"
FROM (
  SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
  FROM "shop_customer"
  WHERE 1 = 0
) "subquery"
params: []

[mysql]
SELECT COUNT(*) AS `__count`
FROM (
  SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes`
  FROM `shop_customer`
  WHERE 1 = 0
) `subquery`
params: []

[oracle]
SELECT COUNT(*) AS "__COUNT"
FROM (
  SELECT "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
  FROM "SHOP_CUSTOMER"
  WHERE 1 = 0
) "SUBQUERY"
params: []
