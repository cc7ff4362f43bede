query: Product.objects.annotate(d=Degrees("stock"), r=Radians("weight")).values_list("id", "d", "r")

[sqlite]
SELECT "shop_product"."id", DEGREES("shop_product"."stock") AS "d", RADIANS("shop_product"."weight") AS "r"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", DEGREES("shop_product"."stock") AS "d", RADIANS("shop_product"."weight") AS "r"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, DEGREES(`shop_product`.`stock`) AS `d`, RADIANS(`shop_product`.`weight`) AS `r`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", (("SHOP_PRODUCT"."STOCK") * 180 / 3.141592653589793) AS "D", (("SHOP_PRODUCT"."WEIGHT") * 3.141592653589793 / 180) AS "R"
FROM "SHOP_PRODUCT"
params: []
