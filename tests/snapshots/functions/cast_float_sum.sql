query: Product.objects.aggregate(x=Sum(Cast("stock", output_field=FloatField())))

[sqlite]
SELECT SUM(CAST("shop_product"."stock" AS real)) AS "x"
FROM "shop_product"
params: []

[postgresql]
SELECT SUM(CAST("shop_product"."stock" AS double precision)) AS "x"
FROM "shop_product"
params: []

[mysql]
SELECT SUM(CAST(`shop_product`.`stock` AS double)) AS `x`
FROM `shop_product`
params: []

[oracle]
SELECT SUM(CAST("SHOP_PRODUCT"."STOCK" AS DOUBLE PRECISION)) AS "X"
FROM "SHOP_PRODUCT"
params: []
