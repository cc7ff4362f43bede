query: Product.objects.annotate(p=Cast("price", output_field=IntegerField())).values_list("id", "p")

[sqlite]
SELECT "shop_product"."id", CAST(ROUND("shop_product"."price") AS integer) AS "p"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", CAST("shop_product"."price" AS integer) AS "p"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, CAST(`shop_product`.`price` AS signed integer) AS `p`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", CAST("SHOP_PRODUCT"."PRICE" AS NUMBER(11)) AS "P"
FROM "SHOP_PRODUCT"
params: []
