query: Customer.objects.annotate(x=Round("score"), y=Ceil("score"), z=Floor("score")).values_list("id", "x", "y", "z")

[sqlite]
SELECT "shop_customer"."id", ROUND("shop_customer"."score") AS "x", CEILING("shop_customer"."score") AS "y", FLOOR("shop_customer"."score") AS "z"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", ROUND("shop_customer"."score") AS "x", CEILING("shop_customer"."score") AS "y", FLOOR("shop_customer"."score") AS "z"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, ROUND(`shop_customer`.`score`) AS `x`, CEILING(`shop_customer`.`score`) AS `y`, FLOOR(`shop_customer`.`score`) AS `z`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", ROUND("SHOP_CUSTOMER"."SCORE") AS "X", CEIL("SHOP_CUSTOMER"."SCORE") AS "Y", FLOOR("SHOP_CUSTOMER"."SCORE") AS "Z"
FROM "SHOP_CUSTOMER"
params: []
