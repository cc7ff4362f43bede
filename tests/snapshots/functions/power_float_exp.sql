query: Product.objects.filter(weight__gt=0).annotate(x=Power("weight", Value(0.5))).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", POWER("shop_product"."weight", ?) AS "x"
FROM "shop_product"
WHERE "shop_product"."weight" > ?
params: [0.5, 0]

[postgresql]
SELECT "shop_product"."id", POWER("shop_product"."weight", $1) AS "x"
FROM "shop_product"
WHERE "shop_product"."weight" > $2
params: [0.5, 0]

[mysql]
SELECT `shop_product`.`id`, POWER(`shop_product`.`weight`, ?) AS `x`
FROM `shop_product`
WHERE `shop_product`.`weight` > ?
params: [0.5, 0]

[oracle]
SELECT "SHOP_PRODUCT"."ID", POWER("SHOP_PRODUCT"."WEIGHT", :1) AS "X"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."WEIGHT" > :2
params: [0.5, 0]
