query: Product.objects.filter(weight__gt=0).annotate(e=Exp("weight"), l=Ln("weight")).values_list("id", "e", "l")

[sqlite]
SELECT "shop_product"."id", EXP("shop_product"."weight") AS "e", LN("shop_product"."weight") AS "l"
FROM "shop_product"
WHERE "shop_product"."weight" > ?
params: [0]

[postgresql]
SELECT "shop_product"."id", EXP("shop_product"."weight") AS "e", LN("shop_product"."weight") AS "l"
FROM "shop_product"
WHERE "shop_product"."weight" > $1
params: [0]

[mysql]
SELECT `shop_product`.`id`, EXP(`shop_product`.`weight`) AS `e`, LN(`shop_product`.`weight`) AS `l`
FROM `shop_product`
WHERE `shop_product`.`weight` > ?
params: [0]

[oracle]
SELECT "SHOP_PRODUCT"."ID", EXP("SHOP_PRODUCT"."WEIGHT") AS "E", LN("SHOP_PRODUCT"."WEIGHT") AS "L"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."WEIGHT" > :1
params: [0]
