query: Customer.objects.annotate(x=Least("city", "name")).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", MIN("shop_customer"."city", "shop_customer"."name") AS "x"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", LEAST("shop_customer"."city", "shop_customer"."name") AS "x"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, LEAST(`shop_customer`.`city`, `shop_customer`.`name`) AS `x`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", LEAST("SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."NAME") AS "X"
FROM "SHOP_CUSTOMER"
params: []
