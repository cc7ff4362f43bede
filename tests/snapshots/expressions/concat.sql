query: Customer.objects.annotate(label=Concat("name", Value(" / "), "city")).values_list("id", "label")

[sqlite]
SELECT "shop_customer"."id", COALESCE("shop_customer"."name", '') || COALESCE(?, '') || COALESCE("shop_customer"."city", '') AS "label"
FROM "shop_customer"
params: [" / "]

[postgresql]
SELECT "shop_customer"."id", CONCAT("shop_customer"."name", $1::text, "shop_customer"."city") AS "label"
FROM "shop_customer"
params: [" / "]

[mysql]
SELECT `shop_customer`.`id`, CONCAT_WS('', `shop_customer`.`name`, ?, `shop_customer`.`city`) AS `label`
FROM `shop_customer`
params: [" / "]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", COALESCE("SHOP_CUSTOMER"."NAME", '') || COALESCE(:1, '') || COALESCE("SHOP_CUSTOMER"."CITY", '') AS "LABEL"
FROM "SHOP_CUSTOMER"
params: [" / "]
