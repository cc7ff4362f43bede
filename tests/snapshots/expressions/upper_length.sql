query: Customer.objects.annotate(u=Upper("city"), n=Length("name")).values_list("id", "u", "n")

[sqlite]
SELECT "shop_customer"."id", UPPER("shop_customer"."city") AS "u", LENGTH("shop_customer"."name") AS "n"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", UPPER("shop_customer"."city") AS "u", LENGTH("shop_customer"."name") AS "n"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, UPPER(`shop_customer`.`city`) AS `u`, CHAR_LENGTH(`shop_customer`.`name`) AS `n`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", UPPER("SHOP_CUSTOMER"."CITY") AS "U", LENGTH("SHOP_CUSTOMER"."NAME") AS "N"
FROM "SHOP_CUSTOMER"
params: []
