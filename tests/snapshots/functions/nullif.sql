query: Customer.objects.annotate(x=NullIf("city", Value("Berlin"))).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", NULLIF("shop_customer"."city", ?) AS "x"
FROM "shop_customer"
params: ["Berlin"]

[postgresql]
SELECT "shop_customer"."id", NULLIF("shop_customer"."city", $1) AS "x"
FROM "shop_customer"
params: ["Berlin"]

[mysql]
SELECT `shop_customer`.`id`, NULLIF(`shop_customer`.`city`, ?) AS `x`
FROM `shop_customer`
params: ["Berlin"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", NULLIF("SHOP_CUSTOMER"."CITY", :1) AS "X"
FROM "SHOP_CUSTOMER"
params: ["Berlin"]
