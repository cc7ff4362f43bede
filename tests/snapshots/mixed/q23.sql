query: Customer.objects.annotate(full=Concat("name", Value(" <"), "email", Value(">"))).values_list("full", flat=True)

[sqlite]
SELECT COALESCE("shop_customer"."name", '') || COALESCE(?, '') || COALESCE("shop_customer"."email", '') || COALESCE(?, '') AS "full"
FROM "shop_customer"
params: [" <", ">"]

[postgresql]
SELECT CONCAT("shop_customer"."name", $1::text, "shop_customer"."email", $2::text) AS "full"
FROM "shop_customer"
params: [" <", ">"]

[mysql]
SELECT CONCAT_WS('', `shop_customer`.`name`, ?, `shop_customer`.`email`, ?) AS `full`
FROM `shop_customer`
params: [" <", ">"]

[oracle]
SELECT COALESCE("SHOP_CUSTOMER"."NAME", '') || COALESCE(:1, '') || COALESCE("SHOP_CUSTOMER"."EMAIL", '') || COALESCE(:2, '') AS "FULL"
FROM "SHOP_CUSTOMER"
params: [" <", ">"]
