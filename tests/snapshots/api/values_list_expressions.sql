query: Product.objects.values_list("id", Lower("sku"), Length("name"))

[sqlite]
SELECT "shop_product"."id", LOWER("shop_product"."sku") AS "lower1", LENGTH("shop_product"."name") AS "length2"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", LOWER("shop_product"."sku") AS "lower1", LENGTH("shop_product"."name") AS "length2"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, LOWER(`shop_product`.`sku`) AS `lower1`, CHAR_LENGTH(`shop_product`.`name`) AS `length2`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", LOWER("SHOP_PRODUCT"."SKU") AS "LOWER1", LENGTH("SHOP_PRODUCT"."NAME") AS "LENGTH2"
FROM "SHOP_PRODUCT"
params: []
