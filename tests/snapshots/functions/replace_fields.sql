query: Customer.objects.annotate(x=Replace("name", "city", Value("?"))).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", REPLACE("shop_customer"."name", "shop_customer"."city", ?) AS "x"
FROM "shop_customer"
params: ["?"]

[postgresql]
SELECT "shop_customer"."id", REPLACE("shop_customer"."name", "shop_customer"."city", $1) AS "x"
FROM "shop_customer"
params: ["?"]

[mysql]
SELECT `shop_customer`.`id`, REPLACE(`shop_customer`.`name`, `shop_customer`.`city`, ?) AS `x`
FROM `shop_customer`
params: ["?"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", REPLACE("SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."CITY", :1) AS "X"
FROM "SHOP_CUSTOMER"
params: ["?"]
