query: Customer.objects.annotate(yr=TruncYear("joined")).values_list("id", "yr")

[sqlite]
SELECT "shop_customer"."id", strftime('%Y-01-01', "shop_customer"."joined") AS "yr"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", CAST(DATE_TRUNC('year', "shop_customer"."joined") AS date) AS "yr"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, CAST(DATE_FORMAT(`shop_customer`.`joined`, '%Y-01-01') AS DATE) AS `yr`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", TRUNC("SHOP_CUSTOMER"."JOINED", 'YYYY') AS "YR"
FROM "SHOP_CUSTOMER"
params: []
