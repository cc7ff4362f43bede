query: Product.objects.annotate(s=Window(Min("stock"), partition_by=[F("category")], order_by=F("id").asc(), frame=RowRange(start=None, end=None))).values_list("id", "s")

[sqlite]
SELECT "shop_product"."id", MIN("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "s"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", MIN("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "s"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, MIN(`shop_product`.`stock`) OVER (PARTITION BY `shop_product`.`category_id` ORDER BY `shop_product`.`id` ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS `s`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", MIN("SHOP_PRODUCT"."STOCK") OVER (PARTITION BY "SHOP_PRODUCT"."CATEGORY_ID" ORDER BY "SHOP_PRODUCT"."ID" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "S"
FROM "SHOP_PRODUCT"
params: []
