query: Customer.objects.annotate(x=Concat("name", Value(" <"), "email", Value(">"))).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", COALESCE("shop_customer"."name", '') || COALESCE(?, '') || COALESCE("shop_customer"."email", '') || COALESCE(?, '') AS "x"
FROM "shop_customer"
params: [" <", ">"]

[postgresql]
SELECT "shop_customer"."id", CONCAT("shop_customer"."name", $1::text, "shop_customer"."email", $2::text) AS "x"
FROM "shop_customer"
params: [" <", ">"]

[mysql]
SELECT `shop_customer`.`id`, CONCAT_WS('', `shop_customer`.`name`, ?, `shop_customer`.`email`, ?) AS `x`
FROM `shop_customer`
params: [" <", ">"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", COALESCE("SHOP_CUSTOMER"."NAME", '') || COALESCE(:1, '') || COALESCE("SHOP_CUSTOMER"."EMAIL", '') || COALESCE(:2, '') AS "X"
FROM "SHOP_CUSTOMER"
params: [" <", ">"]
