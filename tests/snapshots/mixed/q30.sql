query: Product.objects.annotate(rounded=Round("price")).values_list("id", "rounded")

[sqlite]
SELECT "shop_product"."id", ROUND("shop_product"."price") AS "rounded"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", ROUND("shop_product"."price") AS "rounded"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, ROUND(`shop_product`.`price`) AS `rounded`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", ROUND("SHOP_PRODUCT"."PRICE") AS "ROUNDED"
FROM "SHOP_PRODUCT"
params: []
