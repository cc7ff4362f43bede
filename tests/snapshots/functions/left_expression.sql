query: Customer.objects.annotate(x=Left("name", Length("country"))).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", SUBSTR("shop_customer"."name", 1, LENGTH("shop_customer"."country")) AS "x"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id",
LEFT("shop_customer"."name", LENGTH("shop_customer"."country")) AS "x"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`,
LEFT(`shop_customer`.`name`, CHAR_LENGTH(`shop_customer`.`country`)) AS `x`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", SUBSTR("SHOP_CUSTOMER"."NAME", 1, LENGTH("SHOP_CUSTOMER"."COUNTRY")) AS "X"
FROM "SHOP_CUSTOMER"
params: []
