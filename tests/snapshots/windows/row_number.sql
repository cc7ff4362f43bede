query: Product.objects.annotate(n=Window(RowNumber(), order_by=F("id").asc())).values_list("id", "n")

[sqlite]
SELECT "shop_product"."id", ROW_NUMBER() OVER (ORDER BY "shop_product"."id" ASC) AS "n"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", ROW_NUMBER() OVER (ORDER BY "shop_product"."id" ASC) AS "n"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, ROW_NUMBER() OVER (ORDER BY `shop_product`.`id` ASC) AS `n`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", ROW_NUMBER() OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "N"
FROM "SHOP_PRODUCT"
params: []
