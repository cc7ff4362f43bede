query: Product.objects.annotate(x=Cast("created", output_field=TimeField())).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", strftime('%H:%M:%f', "shop_product"."created") AS "x"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", CAST("shop_product"."created" AS time) AS "x"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, CAST(`shop_product`.`created` AS time(6)) AS `x`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", CAST("SHOP_PRODUCT"."CREATED" AS TIMESTAMP) AS "X"
FROM "SHOP_PRODUCT"
params: []
