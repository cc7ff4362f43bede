query: Customer.objects.dates("joined", "year", order="DESC")

[sqlite]
SELECT DISTINCT strftime('%Y-01-01', "shop_customer"."joined") AS "datefield"
FROM "shop_customer"
WHERE "shop_customer"."joined" IS NOT NULL
ORDER BY "datefield" DESC
params: []

[postgresql]
SELECT DISTINCT CAST(DATE_TRUNC('year', "shop_customer"."joined") AS date) AS "datefield"
FROM "shop_customer"
WHERE "shop_customer"."joined" IS NOT NULL
ORDER BY "datefield" DESC
params: []

[mysql]
SELECT DISTINCT CAST(DATE_FORMAT(`shop_customer`.`joined`, '%Y-01-01') AS DATE) AS `datefield`
FROM `shop_customer`
WHERE `shop_customer`.`joined` IS NOT NULL
ORDER BY `datefield` DESC
params: []

[oracle]
SELECT DISTINCT TRUNC("SHOP_CUSTOMER"."JOINED", 'YYYY') AS "DATEFIELD"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."JOINED" IS NOT NULL
ORDER BY "DATEFIELD" DESC
params: []
