query: Product.objects.annotate(c=Ceil("weight"), f=Floor("weight"), ci=Ceil("stock")).values_list("id", "c", "f", "ci")

[sqlite]
SELECT "shop_product"."id", CEILING("shop_product"."weight") AS "c", FLOOR("shop_product"."weight") AS "f", CEILING("shop_product"."stock") AS "ci"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", CEILING("shop_product"."weight") AS "c", FLOOR("shop_product"."weight") AS "f", CEILING("shop_product"."stock") AS "ci"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, CEILING(`shop_product`.`weight`) AS `c`, FLOOR(`shop_product`.`weight`) AS `f`, CEILING(`shop_product`.`stock`) AS `ci`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", CEIL("SHOP_PRODUCT"."WEIGHT") AS "C", FLOOR("SHOP_PRODUCT"."WEIGHT") AS "F", CEIL("SHOP_PRODUCT"."STOCK") AS "CI"
FROM "SHOP_PRODUCT"
params: []
