query: Product.objects.filter(released__isnull=False).annotate(x=Cast("released", output_field=DateTimeField())).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", strftime('%Y-%m-%d %H:%M:%f', "shop_product"."released") AS "x"
FROM "shop_product"
WHERE "shop_product"."released" IS NOT NULL
params: []

[postgresql]
SELECT "shop_product"."id", CAST("shop_product"."released" AS timestamp) AS "x"
FROM "shop_product"
WHERE "shop_product"."released" IS NOT NULL
params: []

[mysql]
SELECT `shop_product`.`id`, CAST(`shop_product`.`released` AS datetime(6)) AS `x`
FROM `shop_product`
WHERE `shop_product`.`released` IS NOT NULL
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", CAST("SHOP_PRODUCT"."RELEASED" AS TIMESTAMP) AS "X"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."RELEASED" IS NOT NULL
params: []
