query: Product.objects.annotate(s=Window(Sum("stock"), order_by=F("id").asc(), frame=RowRange(start=-2, end=0))).values_list("id", "s")

[sqlite]
SELECT "shop_product"."id", SUM("shop_product"."stock") OVER (ORDER BY "shop_product"."id" ASC ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS "s"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", SUM("shop_product"."stock") OVER (ORDER BY "shop_product"."id" ASC ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS "s"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, SUM(`shop_product`.`stock`) OVER (ORDER BY `shop_product`.`id` ASC ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS `s`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", SUM("SHOP_PRODUCT"."STOCK") OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS "S"
FROM "SHOP_PRODUCT"
params: []
