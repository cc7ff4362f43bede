query: Product.objects.annotate(n=Cast("name", output_field=CharField(max_length=10)), p=Cast("weight", output_field=DecimalField(max_digits=8, decimal_places=2))).values_list("id", "n", "p")

[sqlite]
SELECT "shop_product"."id", SUBSTR(CAST("shop_product"."name" AS text), 1, 10) AS "n", ROUND(CAST("shop_product"."weight" AS decimal), 2) AS "p"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", CAST("shop_product"."name" AS varchar(10)) AS "n", CAST("shop_product"."weight" AS numeric(8, 2)) AS "p"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, CAST(`shop_product`.`name` AS char(10)) AS `n`, CAST(`shop_product`.`weight` AS decimal(8, 2)) AS `p`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", CAST("SHOP_PRODUCT"."NAME" AS NVARCHAR2(10)) AS "N", CAST("SHOP_PRODUCT"."WEIGHT" AS NUMBER(8, 2)) AS "P"
FROM "SHOP_PRODUCT"
params: []
