query: Product.objects.filter(weight__isnull=False).annotate(x=Cast("weight", output_field=DecimalField(max_digits=8, decimal_places=2))).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", ROUND(CAST("shop_product"."weight" AS decimal), 2) AS "x"
FROM "shop_product"
WHERE "shop_product"."weight" IS NOT NULL
params: []

[postgresql]
SELECT "shop_product"."id", CAST("shop_product"."weight" AS numeric(8, 2)) AS "x"
FROM "shop_product"
WHERE "shop_product"."weight" IS NOT NULL
params: []

[mysql]
SELECT `shop_product`.`id`, CAST(`shop_product`.`weight` AS decimal(8, 2)) AS `x`
FROM `shop_product`
WHERE `shop_product`.`weight` IS NOT NULL
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", CAST("SHOP_PRODUCT"."WEIGHT" AS NUMBER(8, 2)) AS "X"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."WEIGHT" IS NOT NULL
params: []
