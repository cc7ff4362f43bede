query: Product.objects.annotate(x=Cast("price", output_field=FloatField())).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", CAST("shop_product"."price" AS real) AS "x"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", CAST("shop_product"."price" AS double precision) AS "x"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, CAST(`shop_product`.`price` AS double) AS `x`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", CAST("SHOP_PRODUCT"."PRICE" AS DOUBLE PRECISION) AS "X"
FROM "SHOP_PRODUCT"
params: []
