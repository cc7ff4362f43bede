query: Product.objects.annotate(x=Cast("stock", output_field=BigIntegerField())).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", CAST("shop_product"."stock" AS bigint) AS "x"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", CAST("shop_product"."stock" AS bigint) AS "x"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, CAST(`shop_product`.`stock` AS signed integer) AS `x`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", CAST("SHOP_PRODUCT"."STOCK" AS NUMBER(19)) AS "X"
FROM "SHOP_PRODUCT"
params: []
