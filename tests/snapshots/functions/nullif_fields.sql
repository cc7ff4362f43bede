query: Product.objects.annotate(x=NullIf("price", "cost")).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", NULLIF("shop_product"."price", "shop_product"."cost") AS "x"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", NULLIF("shop_product"."price", "shop_product"."cost") AS "x"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, NULLIF(`shop_product`.`price`, `shop_product`.`cost`) AS `x`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", NULLIF("SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST") AS "X"
FROM "SHOP_PRODUCT"
params: []
