query: Product.objects.filter(stock__gt=0).annotate(l=Log(2, "weight"), n=Ln("stock"), c=Cot("stock"), d=Degrees("weight"), r=Radians("stock"), p=Pi(), a=ATan2("weight", "stock")).values_list("id", "l", "n", "c", "d", "r", "p", "a")

[sqlite]
SELECT "shop_product"."id", LOG(?, "shop_product"."weight") AS "l", LN("shop_product"."stock") AS "n", COT("shop_product"."stock") AS "c", DEGREES("shop_product"."weight") AS "d", RADIANS("shop_product"."stock") AS "r", PI() AS "p", ATAN2("shop_product"."weight", "shop_product"."stock") AS "a"
FROM "shop_product"
WHERE "shop_product"."stock" > ?
params: [2, 0]

[postgresql]
SELECT "shop_product"."id", LOG($1, CAST("shop_product"."weight" AS numeric(1000, 15))) AS "l", LN("shop_product"."stock") AS "n", COT("shop_product"."stock") AS "c", DEGREES("shop_product"."weight") AS "d", RADIANS("shop_product"."stock") AS "r", PI() AS "p", ATAN2("shop_product"."weight", "shop_product"."stock") AS "a"
FROM "shop_product"
WHERE "shop_product"."stock" > $2
params: [2, 0]

[mysql]
SELECT `shop_product`.`id`, LOG(?, `shop_product`.`weight`) AS `l`, LN(`shop_product`.`stock`) AS `n`, COT(`shop_product`.`stock`) AS `c`, DEGREES(`shop_product`.`weight`) AS `d`, RADIANS(`shop_product`.`stock`) AS `r`, PI() AS `p`, ATAN2(`shop_product`.`weight`, `shop_product`.`stock`) AS `a`
FROM `shop_product`
WHERE `shop_product`.`stock` > ?
params: [2, 0]

[oracle]
SELECT "SHOP_PRODUCT"."ID", LOG(:1, "SHOP_PRODUCT"."WEIGHT") AS "L", LN("SHOP_PRODUCT"."STOCK") AS "N", (1 / TAN("SHOP_PRODUCT"."STOCK")) AS "C", (("SHOP_PRODUCT"."WEIGHT") * 180 / 3.141592653589793) AS "D", (("SHOP_PRODUCT"."STOCK") * 3.141592653589793 / 180) AS "R", 3.141592653589793 AS "P", ATAN2("SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK") AS "A"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."STOCK" > :2
params: [2, 0]
