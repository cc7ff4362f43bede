query: Product.objects.annotate(s=Window(Max("price"), order_by=F("id").asc(), frame=RowRange(start=0, end=2))).values_list("id", "s")

[sqlite]
SELECT "shop_product"."id", MAX("shop_product"."price") OVER (ORDER BY "shop_product"."id" ASC ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING) AS "s"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", MAX("shop_product"."price") OVER (ORDER BY "shop_product"."id" ASC ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING) AS "s"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, MAX(`shop_product`.`price`) OVER (ORDER BY `shop_product`.`id` ASC ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING) AS `s`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", MAX("SHOP_PRODUCT"."PRICE") OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING) AS "S"
FROM "SHOP_PRODUCT"
params: []
