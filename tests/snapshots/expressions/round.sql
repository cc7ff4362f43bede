query: Product.objects.annotate(r=Round("weight")).values_list("id", "r")

[sqlite]
SELECT "shop_product"."id", ROUND("shop_product"."weight") AS "r"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", ROUND("shop_product"."weight") AS "r"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, ROUND(`shop_product`.`weight`) AS `r`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", ROUND("SHOP_PRODUCT"."WEIGHT") AS "R"
FROM "SHOP_PRODUCT"
params: []
