query: Customer.objects.annotate(d=TruncDate("last_login"), t=TruncTime("last_login"), w=TruncWeek("last_login")).values_list("id", "d", "t", "w")

[sqlite]
SELECT "shop_customer"."id", date("shop_customer"."last_login") AS "d", (time("shop_customer"."last_login") || substr("shop_customer"."last_login", 20, 7)) AS "t", datetime(date("shop_customer"."last_login", 'weekday 0', '-6 days')) AS "w"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", CAST("shop_customer"."last_login" AS date) AS "d", CAST("shop_customer"."last_login" AS time) AS "t", DATE_TRUNC('week', "shop_customer"."last_login") AS "w"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, DATE(`shop_customer`.`last_login`) AS `d`, TIME(`shop_customer`.`last_login`) AS `t`, CAST(DATE_SUB(DATE(`shop_customer`.`last_login`), INTERVAL WEEKDAY(`shop_customer`.`last_login`) DAY) AS DATETIME) AS `w`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", TRUNC("SHOP_CUSTOMER"."LAST_LOGIN") AS "D", TO_TIMESTAMP(CONCAT('1900-01-01 ', TO_CHAR("SHOP_CUSTOMER"."LAST_LOGIN", 'HH24:MI:SS.FF')), 'YYYY-MM-DD HH24:MI:SS.FF') AS "T", TRUNC("SHOP_CUSTOMER"."LAST_LOGIN", 'IW') AS "W"
FROM "SHOP_CUSTOMER"
params: []
