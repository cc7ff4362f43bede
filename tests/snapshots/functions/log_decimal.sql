query: Product.objects.filter(price__gt=0).annotate(x=Log(10, "price"), y=Ln("price")).values_list("id", "x", "y")

[sqlite]
SELECT "shop_product"."id", LOG(?, "shop_product"."price") AS "x", LN("shop_product"."price") AS "y"
FROM "shop_product"
WHERE "shop_product"."price" > ?
params: [10, 0]

[postgresql]
SELECT "shop_product"."id", LOG($1, "shop_product"."price") AS "x", LN("shop_product"."price") AS "y"
FROM "shop_product"
WHERE "shop_product"."price" > $2
params: [10, 0]

[mysql]
SELECT `shop_product`.`id`, LOG(?, `shop_product`.`price`) AS `x`, LN(`shop_product`.`price`) AS `y`
FROM `shop_product`
WHERE `shop_product`.`price` > ?
params: [10, 0]

[oracle]
SELECT "SHOP_PRODUCT"."ID", LOG(:1, "SHOP_PRODUCT"."PRICE") AS "X", LN("SHOP_PRODUCT"."PRICE") AS "Y"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."PRICE" > :2
params: [10, 0]
