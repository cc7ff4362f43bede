query: Customer.objects.annotate(y=ExtractYear("joined"), iy=ExtractIsoYear("joined"), w=ExtractWeek("joined"), wd=ExtractWeekDay("joined"), iwd=ExtractIsoWeekDay("joined"), q=ExtractQuarter("joined"), d=ExtractDay("joined")).values_list("id", "y", "iy", "w", "wd", "iwd", "q", "d")

[sqlite]
SELECT "shop_customer"."id", CAST(strftime('%Y', "shop_customer"."joined") AS INTEGER) AS "y", CAST(strftime('%Y', date("shop_customer"."joined", '-3 days', 'weekday 4')) AS INTEGER) AS "iy", ((CAST(strftime('%j', date("shop_customer"."joined", '-3 days', 'weekday 4')) AS INTEGER) - 1) / 7 + 1) AS "w", (CAST(strftime('%w', "shop_customer"."joined") AS INTEGER) + 1) AS "wd", (((CAST(strftime('%w', "shop_customer"."joined") AS INTEGER) + 6) % 7) + 1) AS "iwd", ((CAST(strftime('%m', "shop_customer"."joined") AS INTEGER) + 2) / 3) AS "q", CAST(strftime('%d', "shop_customer"."joined") AS INTEGER) AS "d"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", EXTRACT(YEAR FROM "shop_customer"."joined") AS "y", EXTRACT(ISOYEAR FROM "shop_customer"."joined") AS "iy", EXTRACT(WEEK FROM "shop_customer"."joined") AS "w", (EXTRACT(DOW FROM "shop_customer"."joined") + 1) AS "wd", EXTRACT(ISODOW FROM "shop_customer"."joined") AS "iwd", EXTRACT(QUARTER FROM "shop_customer"."joined") AS "q", EXTRACT(DAY FROM "shop_customer"."joined") AS "d"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, EXTRACT(YEAR FROM `shop_customer`.`joined`) AS `y`, (YEARWEEK(`shop_customer`.`joined`, 3) DIV 100) AS `iy`, WEEK(`shop_customer`.`joined`, 3) AS `w`, DAYOFWEEK(`shop_customer`.`joined`) AS `wd`, (WEEKDAY(`shop_customer`.`joined`) + 1) AS `iwd`, EXTRACT(QUARTER FROM `shop_customer`.`joined`) AS `q`, EXTRACT(DAY FROM `shop_customer`.`joined`) AS `d`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", EXTRACT(YEAR FROM "SHOP_CUSTOMER"."JOINED") AS "Y", TO_NUMBER(TO_CHAR("SHOP_CUSTOMER"."JOINED", 'IYYY')) AS "IY", TO_NUMBER(TO_CHAR("SHOP_CUSTOMER"."JOINED", 'IW')) AS "W", (MOD((TRUNC("SHOP_CUSTOMER"."JOINED") - TRUNC("SHOP_CUSTOMER"."JOINED", 'IW')) + 1, 7) + 1) AS "WD", ((TRUNC("SHOP_CUSTOMER"."JOINED") - TRUNC("SHOP_CUSTOMER"."JOINED", 'IW')) + 1) AS "IWD", TO_NUMBER(TO_CHAR("SHOP_CUSTOMER"."JOINED", 'Q')) AS "Q", EXTRACT(DAY FROM "SHOP_CUSTOMER"."JOINED") AS "D"
FROM "SHOP_CUSTOMER"
params: []
