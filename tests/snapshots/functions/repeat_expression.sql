query: Customer.objects.annotate(x=Repeat("country", Length("country"))).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", REPEAT("shop_customer"."country", LENGTH("shop_customer"."country")) AS "x"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", REPEAT("shop_customer"."country", LENGTH("shop_customer"."country")) AS "x"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, REPEAT(`shop_customer`.`country`, CHAR_LENGTH(`shop_customer`.`country`)) AS `x`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", RPAD("SHOP_CUSTOMER"."COUNTRY", (LENGTH("SHOP_CUSTOMER"."COUNTRY") * LENGTH("SHOP_CUSTOMER"."COUNTRY")), "SHOP_CUSTOMER"."COUNTRY") AS "X"
FROM "SHOP_CUSTOMER"
params: []
