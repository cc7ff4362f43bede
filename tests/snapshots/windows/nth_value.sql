query: Product.objects.annotate(v=Window(NthValue("stock", nth=2), order_by=F("id").asc(), frame=RowRange())).values_list("id", "v")

[sqlite]
SELECT "shop_product"."id", NTH_VALUE("shop_product"."stock", 2) OVER (ORDER BY "shop_product"."id" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "v"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", NTH_VALUE("shop_product"."stock", 2) OVER (ORDER BY "shop_product"."id" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "v"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, NTH_VALUE(`shop_product`.`stock`, 2) OVER (ORDER BY `shop_product`.`id` ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS `v`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", NTH_VALUE("SHOP_PRODUCT"."STOCK", 2) OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "V"
FROM "SHOP_PRODUCT"
params: []
