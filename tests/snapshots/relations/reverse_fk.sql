query: Customer.objects.filter(orders__status="shipped").distinct()

[sqlite]
SELECT DISTINCT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
INNER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
WHERE "shop_order"."status" = ?
params: ["shipped"]

[postgresql]
SELECT DISTINCT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
INNER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
WHERE "shop_order"."status" = $1
params: ["shipped"]

[mysql]
SELECT DISTINCT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes`
FROM `shop_customer`
INNER JOIN `shop_order` ON (`shop_customer`.`id` = `shop_order`.`customer_id`)
WHERE `shop_order`.`status` = BINARY ?
params: ["shipped"]

[oracle]
SELECT DISTINCT "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
FROM "SHOP_CUSTOMER"
INNER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID")
WHERE "SHOP_ORDER"."STATUS" = :1
params: ["shipped"]
