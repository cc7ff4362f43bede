query: Customer.objects.annotate(x=Cast(Value("42"), output_field=IntegerField())).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", CAST(? AS integer) AS "x"
FROM "shop_customer"
params: ["42"]

[postgresql]
SELECT "shop_customer"."id", CAST($1 AS integer) AS "x"
FROM "shop_customer"
params: ["42"]

[mysql]
SELECT `shop_customer`.`id`, CAST(? AS signed integer) AS `x`
FROM `shop_customer`
params: ["42"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", CAST(:1 AS NUMBER(11)) AS "X"
FROM "SHOP_CUSTOMER"
params: ["42"]
