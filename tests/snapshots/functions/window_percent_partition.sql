query: Product.objects.annotate(p=Window(PercentRank(), partition_by=[F("category")], order_by=F("price").asc()), c=Window(CumeDist(), partition_by=[F("category")], order_by=F("price").asc())).values_list("id", "p", "c")

[sqlite]
SELECT "shop_product"."id", PERCENT_RANK() OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."price" ASC) AS "p", CUME_DIST() OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."price" ASC) AS "c"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", PERCENT_RANK() OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."price" ASC) AS "p", CUME_DIST() OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."price" ASC) AS "c"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, PERCENT_RANK() OVER (PARTITION BY `shop_product`.`category_id` ORDER BY `shop_product`.`price` ASC) AS `p`, CUME_DIST() OVER (PARTITION BY `shop_product`.`category_id` ORDER BY `shop_product`.`price` ASC) AS `c`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", PERCENT_RANK() OVER (PARTITION BY "SHOP_PRODUCT"."CATEGORY_ID" ORDER BY "SHOP_PRODUCT"."PRICE" ASC) AS "P", CUME_DIST() OVER (PARTITION BY "SHOP_PRODUCT"."CATEGORY_ID" ORDER BY "SHOP_PRODUCT"."PRICE" ASC) AS "C"
FROM "SHOP_PRODUCT"
params: []
