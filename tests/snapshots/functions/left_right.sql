query: Customer.objects.annotate(l=Left("city", 3), r=Right("city", 2)).values_list("id", "l", "r")

[sqlite]
SELECT "shop_customer"."id", SUBSTR("shop_customer"."city", 1, ?) AS "l", SUBSTR("shop_customer"."city", -(?)) AS "r"
FROM "shop_customer"
params: [3, 2]

[postgresql]
SELECT "shop_customer"."id",
LEFT("shop_customer"."city", $1) AS "l",
RIGHT("shop_customer"."city", $2) AS "r"
FROM "shop_customer"
params: [3, 2]

[mysql]
SELECT `shop_customer`.`id`,
LEFT(`shop_customer`.`city`, ?) AS `l`,
RIGHT(`shop_customer`.`city`, ?) AS `r`
FROM `shop_customer`
params: [3, 2]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", SUBSTR("SHOP_CUSTOMER"."CITY", 1, :1) AS "L", SUBSTR("SHOP_CUSTOMER"."CITY", -(:2)) AS "R"
FROM "SHOP_CUSTOMER"
params: [3, 2]
