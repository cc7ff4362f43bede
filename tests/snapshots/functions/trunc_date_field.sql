query: Customer.objects.annotate(x=Trunc("joined", "month")).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", strftime('%Y-%m-01', "shop_customer"."joined") AS "x"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", CAST(DATE_TRUNC('month', "shop_customer"."joined") AS date) AS "x"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, CAST(DATE_FORMAT(`shop_customer`.`joined`, '%Y-%m-01') AS DATE) AS `x`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", TRUNC("SHOP_CUSTOMER"."JOINED", 'MM') AS "X"
FROM "SHOP_CUSTOMER"
params: []
