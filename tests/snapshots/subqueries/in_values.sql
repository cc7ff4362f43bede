query: Customer.objects.filter(id__in=Order.objects.filter(total__gt=1000).values("customer"))

[sqlite]
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
WHERE "shop_customer"."id" IN (
  SELECT "U0"."customer_id"
  FROM "shop_order" "U0"
  WHERE "U0"."total" > ?
)
params: [1000]

[postgresql]
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
WHERE "shop_customer"."id" IN (
  SELECT "U0"."customer_id"
  FROM "shop_order" "U0"
  WHERE "U0"."total" > $1
)
params: [1000]

[mysql]
SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes`
FROM `shop_customer`
WHERE `shop_customer`.`id` IN (
  SELECT `U0`.`customer_id`
  FROM `shop_order` `U0`
  WHERE `U0`.`total` > ?
)
params: [1000]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."ID" IN (
  SELECT "U0"."CUSTOMER_ID"
  FROM "SHOP_ORDER" "U0"
  WHERE "U0"."TOTAL" > :1
)
params: [1000]
