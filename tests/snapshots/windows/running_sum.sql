query: Product.objects.annotate(total=Window(Sum("stock"), order_by=F("id").asc(), frame=RowRange(end=0))).values_list("id", "total")

[sqlite]
SELECT "shop_product"."id", SUM("shop_product"."stock") OVER (ORDER BY "shop_product"."id" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "total"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", SUM("shop_product"."stock") OVER (ORDER BY "shop_product"."id" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "total"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, SUM(`shop_product`.`stock`) OVER (ORDER BY `shop_product`.`id` ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS `total`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", SUM("SHOP_PRODUCT"."STOCK") OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "TOTAL"
FROM "SHOP_PRODUCT"
params: []
