query: Product.objects.annotate(b=Window(Ntile(4), order_by=F("id").asc())).values_list("id", "b")

[sqlite]
SELECT "shop_product"."id", NTILE(4) OVER (ORDER BY "shop_product"."id" ASC) AS "b"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", NTILE(4) OVER (ORDER BY "shop_product"."id" ASC) AS "b"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, NTILE(4) OVER (ORDER BY `shop_product`.`id` ASC) AS `b`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", NTILE(4) OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "B"
FROM "SHOP_PRODUCT"
params: []
