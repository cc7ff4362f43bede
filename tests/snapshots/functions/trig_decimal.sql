query: Product.objects.annotate(s=Sin("price"), c=Cos("stock"), t=ATan("price"), d=Degrees("price"), r=Radians("price")).values_list("id", "s", "c", "t", "d", "r")

[sqlite]
SELECT "shop_product"."id", SIN("shop_product"."price") AS "s", COS("shop_product"."stock") AS "c", ATAN("shop_product"."price") AS "t", DEGREES("shop_product"."price") AS "d", RADIANS("shop_product"."price") AS "r"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", SIN("shop_product"."price") AS "s", COS("shop_product"."stock") AS "c", ATAN("shop_product"."price") AS "t", DEGREES("shop_product"."price") AS "d", RADIANS("shop_product"."price") AS "r"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, SIN(`shop_product`.`price`) AS `s`, COS(`shop_product`.`stock`) AS `c`, ATAN(`shop_product`.`price`) AS `t`, DEGREES(`shop_product`.`price`) AS `d`, RADIANS(`shop_product`.`price`) AS `r`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", SIN("SHOP_PRODUCT"."PRICE") AS "S", COS("SHOP_PRODUCT"."STOCK") AS "C", ATAN("SHOP_PRODUCT"."PRICE") AS "T", (("SHOP_PRODUCT"."PRICE") * 180 / 3.141592653589793) AS "D", (("SHOP_PRODUCT"."PRICE") * 3.141592653589793 / 180) AS "R"
FROM "SHOP_PRODUCT"
params: []
