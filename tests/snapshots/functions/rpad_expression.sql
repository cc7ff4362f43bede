query: Customer.objects.annotate(x=RPad("country", Length("name"), Value("."))).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", RPAD("shop_customer"."country", LENGTH("shop_customer"."name"), ?) AS "x"
FROM "shop_customer"
params: ["."]

[postgresql]
SELECT "shop_customer"."id", RPAD("shop_customer"."country", LENGTH("shop_customer"."name"), $1) AS "x"
FROM "shop_customer"
params: ["."]

[mysql]
SELECT `shop_customer`.`id`, RPAD(`shop_customer`.`country`, CHAR_LENGTH(`shop_customer`.`name`), ?) AS `x`
FROM `shop_customer`
params: ["."]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", RPAD("SHOP_CUSTOMER"."COUNTRY", LENGTH("SHOP_CUSTOMER"."NAME"), :1) AS "X"
FROM "SHOP_CUSTOMER"
params: ["."]
