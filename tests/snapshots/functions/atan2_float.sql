query: Customer.objects.filter(score__isnull=False).annotate(x=ATan2("score", "credit")).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", ATAN2("shop_customer"."score", "shop_customer"."credit") AS "x"
FROM "shop_customer"
WHERE "shop_customer"."score" IS NOT NULL
params: []

[postgresql]
SELECT "shop_customer"."id", ATAN2("shop_customer"."score", "shop_customer"."credit") AS "x"
FROM "shop_customer"
WHERE "shop_customer"."score" IS NOT NULL
params: []

[mysql]
SELECT `shop_customer`.`id`, ATAN2(`shop_customer`.`score`, `shop_customer`.`credit`) AS `x`
FROM `shop_customer`
WHERE `shop_customer`.`score` IS NOT NULL
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", ATAN2("SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."CREDIT") AS "X"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."SCORE" IS NOT NULL
params: []
