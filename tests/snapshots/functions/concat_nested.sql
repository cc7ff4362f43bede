query: Customer.objects.annotate(x=Concat(Upper("country"), Value("-"), Lower("city"))).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", COALESCE(UPPER("shop_customer"."country"), '') || COALESCE(?, '') || COALESCE(LOWER("shop_customer"."city"), '') AS "x"
FROM "shop_customer"
params: ["-"]

[postgresql]
SELECT "shop_customer"."id", CONCAT(UPPER("shop_customer"."country"), $1::text, LOWER("shop_customer"."city")) AS "x"
FROM "shop_customer"
params: ["-"]

[mysql]
SELECT `shop_customer`.`id`, CONCAT_WS('', UPPER(`shop_customer`.`country`), ?, LOWER(`shop_customer`.`city`)) AS `x`
FROM `shop_customer`
params: ["-"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", COALESCE(UPPER("SHOP_CUSTOMER"."COUNTRY"), '') || COALESCE(:1, '') || COALESCE(LOWER("SHOP_CUSTOMER"."CITY"), '') AS "X"
FROM "SHOP_CUSTOMER"
params: ["-"]
