query: Customer.objects.annotate(x=ExtractHour("last_login")).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", CAST(strftime('%H', "shop_customer"."last_login") AS INTEGER) AS "x"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", EXTRACT(HOUR FROM "shop_customer"."last_login") AS "x"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, EXTRACT(HOUR FROM `shop_customer`.`last_login`) AS `x`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", EXTRACT(HOUR FROM "SHOP_CUSTOMER"."LAST_LOGIN") AS "X"
FROM "SHOP_CUSTOMER"
params: []
