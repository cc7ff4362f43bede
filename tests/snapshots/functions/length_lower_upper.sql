query: Customer.objects.annotate(n=Length("city"), lo=Lower("city"), up=Upper("name")).values_list("id", "n", "lo", "up")

[sqlite]
SELECT "shop_customer"."id", LENGTH("shop_customer"."city") AS "n", LOWER("shop_customer"."city") AS "lo", UPPER("shop_customer"."name") AS "up"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", LENGTH("shop_customer"."city") AS "n", LOWER("shop_customer"."city") AS "lo", UPPER("shop_customer"."name") AS "up"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, CHAR_LENGTH(`shop_customer`.`city`) AS `n`, LOWER(`shop_customer`.`city`) AS `lo`, UPPER(`shop_customer`.`name`) AS `up`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", LENGTH("SHOP_CUSTOMER"."CITY") AS "N", LOWER("SHOP_CUSTOMER"."CITY") AS "LO", UPPER("SHOP_CUSTOMER"."NAME") AS "UP"
FROM "SHOP_CUSTOMER"
params: []
