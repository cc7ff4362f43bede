query: Product.objects.filter(weight__isnull=False).annotate(s=Sin("weight"), c=Cos("weight"), t=Tan("weight"), co=Cot("weight"), at=ATan("weight")).values_list("id", "s", "c", "t", "co", "at")

[sqlite]
SELECT "shop_product"."id", SIN("shop_product"."weight") AS "s", COS("shop_product"."weight") AS "c", TAN("shop_product"."weight") AS "t", COT("shop_product"."weight") AS "co", ATAN("shop_product"."weight") AS "at"
FROM "shop_product"
WHERE "shop_product"."weight" IS NOT NULL
params: []

[postgresql]
SELECT "shop_product"."id", SIN("shop_product"."weight") AS "s", COS("shop_product"."weight") AS "c", TAN("shop_product"."weight") AS "t", COT("shop_product"."weight") AS "co", ATAN("shop_product"."weight") AS "at"
FROM "shop_product"
WHERE "shop_product"."weight" IS NOT NULL
params: []

[mysql]
SELECT `shop_product`.`id`, SIN(`shop_product`.`weight`) AS `s`, COS(`shop_product`.`weight`) AS `c`, TAN(`shop_product`.`weight`) AS `t`, COT(`shop_product`.`weight`) AS `co`, ATAN(`shop_product`.`weight`) AS `at`
FROM `shop_product`
WHERE `shop_product`.`weight` IS NOT NULL
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", SIN("SHOP_PRODUCT"."WEIGHT") AS "S", COS("SHOP_PRODUCT"."WEIGHT") AS "C", TAN("SHOP_PRODUCT"."WEIGHT") AS "T", (1 / TAN("SHOP_PRODUCT"."WEIGHT")) AS "CO", ATAN("SHOP_PRODUCT"."WEIGHT") AS "AT"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."WEIGHT" IS NOT NULL
params: []
