query: Customer.objects.annotate(x=Repeat("country", 3)).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", REPEAT("shop_customer"."country", ?) AS "x"
FROM "shop_customer"
params: [3]

[postgresql]
SELECT "shop_customer"."id", REPEAT("shop_customer"."country", $1) AS "x"
FROM "shop_customer"
params: [3]

[mysql]
SELECT `shop_customer`.`id`, REPEAT(`shop_customer`.`country`, ?) AS `x`
FROM `shop_customer`
params: [3]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", RPAD("SHOP_CUSTOMER"."COUNTRY", (LENGTH("SHOP_CUSTOMER"."COUNTRY") * :1), "SHOP_CUSTOMER"."COUNTRY") AS "X"
FROM "SHOP_CUSTOMER"
params: [3]
