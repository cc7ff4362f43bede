query: Product.objects.filter(stock__gte=0).annotate(x=Sqrt("stock"), y=Sqrt("price")).values_list("id", "x", "y")

[sqlite]
SELECT "shop_product"."id", SQRT("shop_product"."stock") AS "x", SQRT("shop_product"."price") AS "y"
FROM "shop_product"
WHERE "shop_product"."stock" >= ?
params: [0]

[postgresql]
SELECT "shop_product"."id", SQRT("shop_product"."stock") AS "x", SQRT("shop_product"."price") AS "y"
FROM "shop_product"
WHERE "shop_product"."stock" >= $1
params: [0]

[mysql]
SELECT `shop_product`.`id`, SQRT(`shop_product`.`stock`) AS `x`, SQRT(`shop_product`.`price`) AS `y`
FROM `shop_product`
WHERE `shop_product`.`stock` >= ?
params: [0]

[oracle]
SELECT "SHOP_PRODUCT"."ID", SQRT("SHOP_PRODUCT"."STOCK") AS "X", SQRT("SHOP_PRODUCT"."PRICE") AS "Y"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."STOCK" >= :1
params: [0]
