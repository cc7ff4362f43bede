query: Product.objects.annotate(g=Greatest("price", "cost")).values_list("id", "g")

[sqlite]
SELECT "shop_product"."id", MAX("shop_product"."price", "shop_product"."cost") AS "g"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", GREATEST("shop_product"."price", "shop_product"."cost") AS "g"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, GREATEST(`shop_product`.`price`, `shop_product`.`cost`) AS `g`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", GREATEST("SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST") AS "G"
FROM "SHOP_PRODUCT"
params: []
