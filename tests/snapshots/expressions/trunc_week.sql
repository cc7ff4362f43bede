query: Customer.objects.annotate(w=TruncWeek("joined")).values_list("id", "w")

[sqlite]
SELECT "shop_customer"."id", date("shop_customer"."joined", 'weekday 0', '-6 days') AS "w"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", CAST(DATE_TRUNC('week', "shop_customer"."joined") AS date) AS "w"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, DATE_SUB(`shop_customer`.`joined`, INTERVAL WEEKDAY(`shop_customer`.`joined`) DAY) AS `w`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", TRUNC("SHOP_CUSTOMER"."JOINED", 'IW') AS "W"
FROM "SHOP_CUSTOMER"
params: []
