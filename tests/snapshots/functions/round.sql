query: Product.objects.annotate(x=Round("weight"), y=Round("price"), z=Round("stock")).values_list("id", "x", "y", "z")

[sqlite]
SELECT "shop_product"."id", ROUND("shop_product"."weight") AS "x", ROUND("shop_product"."price") AS "y", ROUND("shop_product"."stock") AS "z"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", ROUND("shop_product"."weight") AS "x", ROUND("shop_product"."price") AS "y", ROUND("shop_product"."stock") AS "z"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, ROUND(`shop_product`.`weight`) AS `x`, ROUND(`shop_product`.`price`) AS `y`, ROUND(`shop_product`.`stock`) AS `z`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", ROUND("SHOP_PRODUCT"."WEIGHT") AS "X", ROUND("SHOP_PRODUCT"."PRICE") AS "Y", ROUND("SHOP_PRODUCT"."STOCK") AS "Z"
FROM "SHOP_PRODUCT"
params: []
