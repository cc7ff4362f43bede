query: Customer.objects.filter(name__in=Customer.objects.filter(vip=True).values_list("name", flat=True))

[sqlite]
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
WHERE "shop_customer"."name" IN (
  SELECT "U0"."name"
  FROM "shop_customer" "U0"
  WHERE "U0"."vip"
)
params: []

[postgresql]
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
WHERE "shop_customer"."name" IN (
  SELECT "U0"."name"
  FROM "shop_customer" "U0"
  WHERE "U0"."vip"
)
params: []

[mysql]
SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes`
FROM `shop_customer`
WHERE `shop_customer`.`name` IN (
  SELECT `U0`.`name`
  FROM `shop_customer` `U0`
  WHERE `U0`.`vip`
)
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."NAME" IN (
  SELECT "U0"."NAME"
  FROM "SHOP_CUSTOMER" "U0"
  WHERE "U0"."VIP" = :1
)
params: [1]
