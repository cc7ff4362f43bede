query: Customer.objects.filter(email__iendswith="@example.com").exclude(vip=True)

[sqlite]
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
WHERE ("shop_customer"."email" LIKE ? ESCAPE '\' AND NOT ("shop_customer"."vip"))
params: ["%@example.com"]

[postgresql]
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
WHERE (UPPER("shop_customer"."email") LIKE UPPER($1) AND NOT ("shop_customer"."vip"))
params: ["%@example.com"]

[mysql]
SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes`
FROM `shop_customer`
WHERE (`shop_customer`.`email` LIKE ? AND NOT (`shop_customer`.`vip`))
params: ["%@example.com"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
FROM "SHOP_CUSTOMER"
WHERE (
  UPPER("SHOP_CUSTOMER"."EMAIL") LIKE UPPER(:1) ESCAPE '\'
  AND NOT ("SHOP_CUSTOMER"."VIP" = :2)
)
params: ["%@example.com", 1]
