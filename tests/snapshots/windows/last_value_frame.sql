query: Product.objects.annotate(l=Window(LastValue("stock"), partition_by=[F("category_id")], order_by=F("id").asc(), frame=RowRange(start=None, end=None))).values_list("id", "l")

[sqlite]
SELECT "shop_product"."id", LAST_VALUE("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "l"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", LAST_VALUE("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "l"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, LAST_VALUE(`shop_product`.`stock`) OVER (PARTITION BY `shop_product`.`category_id` ORDER BY `shop_product`.`id` ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS `l`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", LAST_VALUE("SHOP_PRODUCT"."STOCK") OVER (PARTITION BY "SHOP_PRODUCT"."CATEGORY_ID" ORDER BY "SHOP_PRODUCT"."ID" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "L"
FROM "SHOP_PRODUCT"
params: []
