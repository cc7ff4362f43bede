query: Customer.objects.annotate(x=Concat("country", Value(":"), "city")).filter(x__startswith="DE:").values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE COALESCE("shop_customer"."country", '') || COALESCE(?, '') || COALESCE("shop_customer"."city", '') GLOB ?
params: [":", "DE:*"]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE CONCAT("shop_customer"."country", $1::text, "shop_customer"."city") LIKE $2
params: [":", "DE:%"]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE CONCAT_WS('', `shop_customer`.`country`, ?, `shop_customer`.`city`) LIKE BINARY ?
params: [":", "DE:%"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE COALESCE("SHOP_CUSTOMER"."COUNTRY", '') || COALESCE(:1, '') || COALESCE("SHOP_CUSTOMER"."CITY", '') LIKE :2 ESCAPE '\'
params: [":", "DE:%"]
