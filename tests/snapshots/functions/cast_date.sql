query: Product.objects.annotate(x=Cast("created", output_field=DateField())).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", date("shop_product"."created") AS "x"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", CAST("shop_product"."created" AS date) AS "x"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, CAST(`shop_product`.`created` AS date) AS `x`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", CAST("SHOP_PRODUCT"."CREATED" AS DATE) AS "X"
FROM "SHOP_PRODUCT"
params: []
