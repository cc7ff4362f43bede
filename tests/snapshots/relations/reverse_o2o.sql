query: Customer.objects.filter(profile__newsletter=True)

[sqlite]
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
INNER JOIN "shop_profile" ON ("shop_customer"."id" = "shop_profile"."customer_id")
WHERE "shop_profile"."newsletter"
params: []

[postgresql]
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
INNER JOIN "shop_profile" ON ("shop_customer"."id" = "shop_profile"."customer_id")
WHERE "shop_profile"."newsletter"
params: []

[mysql]
SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes`
FROM `shop_customer`
INNER JOIN `shop_profile` ON (`shop_customer`.`id` = `shop_profile`.`customer_id`)
WHERE `shop_profile`.`newsletter`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
FROM "SHOP_CUSTOMER"
INNER JOIN "SHOP_PROFILE" ON ("SHOP_CUSTOMER"."ID" = "SHOP_PROFILE"."CUSTOMER_ID")
WHERE "SHOP_PROFILE"."NEWSLETTER" = :1
params: [1]
