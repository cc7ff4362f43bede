query: Customer.objects.annotate(q=TruncQuarter("joined")).values_list("id", "q")

[sqlite]
SELECT "shop_customer"."id", printf('%04d-%02d-01', CAST(strftime('%Y', "shop_customer"."joined") AS INTEGER), ((CAST(strftime('%m', "shop_customer"."joined") AS INTEGER) - 1) / 3) * 3 + 1) AS "q"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", CAST(DATE_TRUNC('quarter', "shop_customer"."joined") AS date) AS "q"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, MAKEDATE(YEAR(`shop_customer`.`joined`), 1) + INTERVAL QUARTER(`shop_customer`.`joined`) QUARTER - INTERVAL 1 QUARTER AS `q`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", TRUNC("SHOP_CUSTOMER"."JOINED", 'Q') AS "Q"
FROM "SHOP_CUSTOMER"
params: []
