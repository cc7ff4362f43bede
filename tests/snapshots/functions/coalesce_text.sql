query: Customer.objects.annotate(x=Coalesce("notes", Value("none"), output_field=TextField())).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", COALESCE("shop_customer"."notes", ?) AS "x"
FROM "shop_customer"
params: ["none"]

[postgresql]
SELECT "shop_customer"."id", COALESCE("shop_customer"."notes", $1) AS "x"
FROM "shop_customer"
params: ["none"]

[mysql]
SELECT `shop_customer`.`id`, COALESCE(`shop_customer`.`notes`, ?) AS `x`
FROM `shop_customer`
params: ["none"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", COALESCE(TO_NCLOB("SHOP_CUSTOMER"."NOTES"), TO_NCLOB(:1)) AS "X"
FROM "SHOP_CUSTOMER"
params: ["none"]
