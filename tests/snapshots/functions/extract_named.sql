query: Customer.objects.annotate(x=Extract("joined", "month")).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", CAST(strftime('%m', "shop_customer"."joined") AS INTEGER) AS "x"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", EXTRACT(MONTH FROM "shop_customer"."joined") AS "x"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, EXTRACT(MONTH FROM `shop_customer`.`joined`) AS `x`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", EXTRACT(MONTH FROM "SHOP_CUSTOMER"."JOINED") AS "X"
FROM "SHOP_CUSTOMER"
params: []
