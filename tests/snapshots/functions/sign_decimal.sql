query: Customer.objects.annotate(x=Sign("credit"), y=Sign("score")).values_list("id", "x", "y")

[sqlite]
SELECT "shop_customer"."id", SIGN("shop_customer"."credit") AS "x", SIGN("shop_customer"."score") AS "y"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", SIGN("shop_customer"."credit") AS "x", SIGN("shop_customer"."score") AS "y"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, SIGN(`shop_customer`.`credit`) AS `x`, SIGN(`shop_customer`.`score`) AS `y`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", SIGN("SHOP_CUSTOMER"."CREDIT") AS "X", SIGN("SHOP_CUSTOMER"."SCORE") AS "Y"
FROM "SHOP_CUSTOMER"
params: []
