query: Product.objects.annotate(x=Pi() * F("stock")).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", (PI() * "shop_product"."stock") AS "x"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", (PI() * "shop_product"."stock") AS "x"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, (PI() * `shop_product`.`stock`) AS `x`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", (3.141592653589793 * "SHOP_PRODUCT"."STOCK") AS "X"
FROM "SHOP_PRODUCT"
params: []
