query: Product.objects.annotate(x=Greatest("price", "cost")).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", MAX("shop_product"."price", "shop_product"."cost") AS "x"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", GREATEST("shop_product"."price", "shop_product"."cost") AS "x"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, GREATEST(`shop_product`.`price`, `shop_product`.`cost`) AS `x`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", GREATEST("SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST") AS "X"
FROM "SHOP_PRODUCT"
params: []
