query: Customer.objects.annotate(x=Concat("name", Value("#"), "id", output_field=CharField())).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", COALESCE("shop_customer"."name", '') || COALESCE(?, '') || COALESCE("shop_customer"."id", '') AS "x"
FROM "shop_customer"
params: ["#"]

[postgresql]
SELECT "shop_customer"."id", CONCAT("shop_customer"."name", $1::text, "shop_customer"."id") AS "x"
FROM "shop_customer"
params: ["#"]

[mysql]
SELECT `shop_customer`.`id`, CONCAT_WS('', `shop_customer`.`name`, ?, `shop_customer`.`id`) AS `x`
FROM `shop_customer`
params: ["#"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", COALESCE("SHOP_CUSTOMER"."NAME", '') || COALESCE(:1, '') || COALESCE("SHOP_CUSTOMER"."ID", '') AS "X"
FROM "SHOP_CUSTOMER"
params: ["#"]
