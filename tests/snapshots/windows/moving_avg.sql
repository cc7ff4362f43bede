query: Product.objects.annotate(a=Window(Avg("stock"), order_by=F("id").asc(), frame=RowRange(start=-1, end=1))).values_list("id", "a")

[sqlite]
SELECT "shop_product"."id", AVG("shop_product"."stock") OVER (ORDER BY "shop_product"."id" ASC ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS "a"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", AVG("shop_product"."stock") OVER (ORDER BY "shop_product"."id" ASC ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS "a"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, AVG(`shop_product`.`stock`) OVER (ORDER BY `shop_product`.`id` ASC ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS `a`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", AVG("SHOP_PRODUCT"."STOCK") OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS "A"
FROM "SHOP_PRODUCT"
params: []
