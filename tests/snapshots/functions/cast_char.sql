query: Product.objects.annotate(x=Cast("stock", output_field=CharField(max_length=10))).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", SUBSTR(CAST("shop_product"."stock" AS text), 1, 10) AS "x"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", CAST("shop_product"."stock" AS varchar(10)) AS "x"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, CAST(`shop_product`.`stock` AS char(10)) AS `x`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", CAST("SHOP_PRODUCT"."STOCK" AS NVARCHAR2(10)) AS "X"
FROM "SHOP_PRODUCT"
params: []
