query: Product.objects.annotate(p=Window(PercentRank(), order_by=F("price").asc()), c=Window(CumeDist(), order_by=F("price").asc()), n=Window(Ntile(4), order_by=F("id").asc())).values_list("id", "p", "c", "n")

[sqlite]
SELECT "shop_product"."id", PERCENT_RANK() OVER (ORDER BY "shop_product"."price" ASC) AS "p", CUME_DIST() OVER (ORDER BY "shop_product"."price" ASC) AS "c", NTILE(4) OVER (ORDER BY "shop_product"."id" ASC) AS "n"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", PERCENT_RANK() OVER (ORDER BY "shop_product"."price" ASC) AS "p", CUME_DIST() OVER (ORDER BY "shop_product"."price" ASC) AS "c", NTILE(4) OVER (ORDER BY "shop_product"."id" ASC) AS "n"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, PERCENT_RANK() OVER (ORDER BY `shop_product`.`price` ASC) AS `p`, CUME_DIST() OVER (ORDER BY `shop_product`.`price` ASC) AS `c`, NTILE(4) OVER (ORDER BY `shop_product`.`id` ASC) AS `n`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", PERCENT_RANK() OVER (ORDER BY "SHOP_PRODUCT"."PRICE" ASC) AS "P", CUME_DIST() OVER (ORDER BY "SHOP_PRODUCT"."PRICE" ASC) AS "C", NTILE(4) OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "N"
FROM "SHOP_PRODUCT"
params: []
