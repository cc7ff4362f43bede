query: Customer.objects.annotate(x=ConcatPair("city", "email")).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", COALESCE("shop_customer"."city", '') || COALESCE("shop_customer"."email", '') AS "x"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", CONCAT("shop_customer"."city", "shop_customer"."email") AS "x"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, CONCAT_WS('', `shop_customer`.`city`, `shop_customer`.`email`) AS `x`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", COALESCE("SHOP_CUSTOMER"."CITY", '') || COALESCE("SHOP_CUSTOMER"."EMAIL", '') AS "X"
FROM "SHOP_CUSTOMER"
params: []
