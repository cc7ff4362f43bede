query: Product.objects.annotate(r=Window(DenseRank(), order_by=[F("stock").desc(), F("id").asc()])).values_list("id", "r")

[sqlite]
SELECT "shop_product"."id", DENSE_RANK() OVER (ORDER BY "shop_product"."stock" DESC, "shop_product"."id" ASC) AS "r"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", DENSE_RANK() OVER (ORDER BY "shop_product"."stock" DESC, "shop_product"."id" ASC) AS "r"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, DENSE_RANK() OVER (ORDER BY `shop_product`.`stock` DESC, `shop_product`.`id` ASC) AS `r`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", DENSE_RANK() OVER (ORDER BY "SHOP_PRODUCT"."STOCK" DESC, "SHOP_PRODUCT"."ID" ASC) AS "R"
FROM "SHOP_PRODUCT"
params: []
