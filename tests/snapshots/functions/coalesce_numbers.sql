query: Product.objects.annotate(x=Coalesce("cost", "price")).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", COALESCE("shop_product"."cost", "shop_product"."price") AS "x"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", COALESCE("shop_product"."cost", "shop_product"."price") AS "x"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, COALESCE(`shop_product`.`cost`, `shop_product`.`price`) AS `x`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", COALESCE("SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."PRICE") AS "X"
FROM "SHOP_PRODUCT"
params: []
