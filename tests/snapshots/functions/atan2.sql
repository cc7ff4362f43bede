query: Product.objects.annotate(x=ATan2("stock", "price")).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", ATAN2("shop_product"."stock", "shop_product"."price") AS "x"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", ATAN2("shop_product"."stock", "shop_product"."price") AS "x"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, ATAN2(`shop_product`.`stock`, `shop_product`.`price`) AS `x`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", ATAN2("SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."PRICE") AS "X"
FROM "SHOP_PRODUCT"
params: []
