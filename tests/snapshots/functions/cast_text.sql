query: Customer.objects.annotate(x=Cast("credit", output_field=TextField())).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", CAST("shop_customer"."credit" AS text) AS "x"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", CAST("shop_customer"."credit" AS text) AS "x"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, CAST(`shop_customer`.`credit` AS char) AS `x`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", CAST("SHOP_CUSTOMER"."CREDIT" AS NVARCHAR2(2000)) AS "X"
FROM "SHOP_CUSTOMER"
params: []
