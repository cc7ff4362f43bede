query: Customer.objects.annotate(y=TruncYear("joined"), q=TruncQuarter("joined"), m=TruncMonth("joined"), w=TruncWeek("joined"), d=TruncDay("joined")).values_list("id", "y", "q", "m", "w", "d")

[sqlite]
SELECT "shop_customer"."id", strftime('%Y-01-01', "shop_customer"."joined") AS "y", printf('%04d-%02d-01', CAST(strftime('%Y', "shop_customer"."joined") AS INTEGER), ((CAST(strftime('%m', "shop_customer"."joined") AS INTEGER) - 1) / 3) * 3 + 1) AS "q", strftime('%Y-%m-01', "shop_customer"."joined") AS "m", date("shop_customer"."joined", 'weekday 0', '-6 days') AS "w", strftime('%Y-%m-%d', "shop_customer"."joined") AS "d"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", CAST(DATE_TRUNC('year', "shop_customer"."joined") AS date) AS "y", CAST(DATE_TRUNC('quarter', "shop_customer"."joined") AS date) AS "q", CAST(DATE_TRUNC('month', "shop_customer"."joined") AS date) AS "m", CAST(DATE_TRUNC('week', "shop_customer"."joined") AS date) AS "w", CAST(DATE_TRUNC('day', "shop_customer"."joined") AS date) AS "d"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, CAST(DATE_FORMAT(`shop_customer`.`joined`, '%Y-01-01') AS DATE) AS `y`, MAKEDATE(YEAR(`shop_customer`.`joined`), 1) + INTERVAL QUARTER(`shop_customer`.`joined`) QUARTER - INTERVAL 1 QUARTER AS `q`, CAST(DATE_FORMAT(`shop_customer`.`joined`, '%Y-%m-01') AS DATE) AS `m`, DATE_SUB(`shop_customer`.`joined`, INTERVAL WEEKDAY(`shop_customer`.`joined`) DAY) AS `w`, CAST(DATE_FORMAT(`shop_customer`.`joined`, '%Y-%m-%d') AS DATE) AS `d`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", TRUNC("SHOP_CUSTOMER"."JOINED", 'YYYY') AS "Y", TRUNC("SHOP_CUSTOMER"."JOINED", 'Q') AS "Q", TRUNC("SHOP_CUSTOMER"."JOINED", 'MM') AS "M", TRUNC("SHOP_CUSTOMER"."JOINED", 'IW') AS "W", TRUNC("SHOP_CUSTOMER"."JOINED", 'DD') AS "D"
FROM "SHOP_CUSTOMER"
params: []
