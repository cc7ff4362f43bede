query: Customer.objects.filter(score__gte=-1, score__lte=1).annotate(a=ACos("score"), b=ASin("score")).values_list("id", "a", "b")

[sqlite]
SELECT "shop_customer"."id", ACOS("shop_customer"."score") AS "a", ASIN("shop_customer"."score") AS "b"
FROM "shop_customer"
WHERE ("shop_customer"."score" >= ? AND "shop_customer"."score" <= ?)
params: [-1, 1]

[postgresql]
SELECT "shop_customer"."id", ACOS("shop_customer"."score") AS "a", ASIN("shop_customer"."score") AS "b"
FROM "shop_customer"
WHERE ("shop_customer"."score" >= $1 AND "shop_customer"."score" <= $2)
params: [-1, 1]

[mysql]
SELECT `shop_customer`.`id`, ACOS(`shop_customer`.`score`) AS `a`, ASIN(`shop_customer`.`score`) AS `b`
FROM `shop_customer`
WHERE (`shop_customer`.`score` >= ? AND `shop_customer`.`score` <= ?)
params: [-1, 1]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", ACOS("SHOP_CUSTOMER"."SCORE") AS "A", ASIN("SHOP_CUSTOMER"."SCORE") AS "B"
FROM "SHOP_CUSTOMER"
WHERE ("SHOP_CUSTOMER"."SCORE" >= :1 AND "SHOP_CUSTOMER"."SCORE" <= :2)
params: [-1, 1]
