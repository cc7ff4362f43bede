query: Customer.objects.annotate(l=LPad("city", 8, Value("*")), r=RPad("city", 8, Value("-")), s=LPad("country", 4)).values_list("id", "l", "r", "s")

[sqlite]
SELECT "shop_customer"."id", LPAD("shop_customer"."city", ?, ?) AS "l", RPAD("shop_customer"."city", ?, ?) AS "r", LPAD("shop_customer"."country", ?, ?) AS "s"
FROM "shop_customer"
params: [8, "*", 8, "-", 4, " "]

[postgresql]
SELECT "shop_customer"."id", LPAD("shop_customer"."city", $1, $2) AS "l", RPAD("shop_customer"."city", $3, $4) AS "r", LPAD("shop_customer"."country", $5, $6) AS "s"
FROM "shop_customer"
params: [8, "*", 8, "-", 4, " "]

[mysql]
SELECT `shop_customer`.`id`, LPAD(`shop_customer`.`city`, ?, ?) AS `l`, RPAD(`shop_customer`.`city`, ?, ?) AS `r`, LPAD(`shop_customer`.`country`, ?, ?) AS `s`
FROM `shop_customer`
params: [8, "*", 8, "-", 4, " "]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", LPAD("SHOP_CUSTOMER"."CITY", :1, :2) AS "L", RPAD("SHOP_CUSTOMER"."CITY", :3, :4) AS "R", LPAD("SHOP_CUSTOMER"."COUNTRY", :5, :6) AS "S"
FROM "SHOP_CUSTOMER"
params: [8, "*", 8, "-", 4, " "]
