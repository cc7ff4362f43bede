query: Product.objects.filter(weight__isnull=False).annotate(x=Cast("weight", output_field=IntegerField())).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", CAST(ROUND("shop_product"."weight") AS integer) AS "x"
FROM "shop_product"
WHERE "shop_product"."weight" IS NOT NULL
params: []

[postgresql]
SELECT "shop_product"."id", CAST("shop_product"."weight" AS integer) AS "x"
FROM "shop_product"
WHERE "shop_product"."weight" IS NOT NULL
params: []

[mysql]
SELECT `shop_product`.`id`, CAST(`shop_product`.`weight` AS signed integer) AS `x`
FROM `shop_product`
WHERE `shop_product`.`weight` IS NOT NULL
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", CAST("SHOP_PRODUCT"."WEIGHT" AS NUMBER(11)) AS "X"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."WEIGHT" IS NOT NULL
params: []
