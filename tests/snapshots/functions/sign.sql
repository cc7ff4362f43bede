query: Product.objects.annotate(x=Sign("stock"), y=Sign("weight")).values_list("id", "x", "y")

[sqlite]
SELECT "shop_product"."id", SIGN("shop_product"."stock") AS "x", SIGN("shop_product"."weight") AS "y"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", SIGN("shop_product"."stock") AS "x", SIGN("shop_product"."weight") AS "y"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, SIGN(`shop_product`.`stock`) AS `x`, SIGN(`shop_product`.`weight`) AS `y`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", SIGN("SHOP_PRODUCT"."STOCK") AS "X", SIGN("SHOP_PRODUCT"."WEIGHT") AS "Y"
FROM "SHOP_PRODUCT"
params: []
