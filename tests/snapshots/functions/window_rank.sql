query: Product.objects.annotate(r=Window(Rank(), partition_by=[F("category")], order_by=F("price").desc()), d=Window(DenseRank(), order_by=F("stock").asc())).values_list("id", "r", "d")

[sqlite]
SELECT "shop_product"."id", RANK() OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."price" DESC) AS "r", DENSE_RANK() OVER (ORDER BY "shop_product"."stock" ASC) AS "d"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", RANK() OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."price" DESC) AS "r", DENSE_RANK() OVER (ORDER BY "shop_product"."stock" ASC) AS "d"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, RANK() OVER (PARTITION BY `shop_product`.`category_id` ORDER BY `shop_product`.`price` DESC) AS `r`, DENSE_RANK() OVER (ORDER BY `shop_product`.`stock` ASC) AS `d`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", RANK() OVER (PARTITION BY "SHOP_PRODUCT"."CATEGORY_ID" ORDER BY "SHOP_PRODUCT"."PRICE" DESC) AS "R", DENSE_RANK() OVER (ORDER BY "SHOP_PRODUCT"."STOCK" ASC) AS "D"
FROM "SHOP_PRODUCT"
params: []
