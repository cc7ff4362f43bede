query: Product.objects.annotate(prev=Window(Lag("stock"), order_by=F("id").asc())).values_list("id", "prev")

[sqlite]
SELECT "shop_product"."id", LAG("shop_product"."stock") OVER (ORDER BY "shop_product"."id" ASC) AS "prev"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", LAG("shop_product"."stock") OVER (ORDER BY "shop_product"."id" ASC) AS "prev"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, LAG(`shop_product`.`stock`) OVER (ORDER BY `shop_product`.`id` ASC) AS `prev`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", LAG("SHOP_PRODUCT"."STOCK") OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "PREV"
FROM "SHOP_PRODUCT"
params: []
