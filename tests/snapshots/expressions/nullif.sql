query: Customer.objects.annotate(c=NullIf("city", Value(""))).values_list("id", "c")

[sqlite]
SELECT "shop_customer"."id", NULLIF("shop_customer"."city", ?) AS "c"
FROM "shop_customer"
params: [""]

[postgresql]
SELECT "shop_customer"."id", NULLIF("shop_customer"."city", $1) AS "c"
FROM "shop_customer"
params: [""]

[mysql]
SELECT `shop_customer`.`id`, NULLIF(`shop_customer`.`city`, ?) AS `c`
FROM `shop_customer`
params: [""]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", NULLIF("SHOP_CUSTOMER"."CITY", :1) AS "C"
FROM "SHOP_CUSTOMER"
params: [""]
