query: Product.objects.annotate(r=Window(Rank(), partition_by=[F("category_id")], order_by=F("price").desc())).values_list("id", "r").order_by("id")

[sqlite]
SELECT "shop_product"."id", RANK() OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."price" DESC) AS "r"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC
params: []

[postgresql]
SELECT "shop_product"."id", RANK() OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."price" DESC) AS "r"
FROM "shop_product"
ORDER BY "shop_product"."id" ASC
params: []

[mysql]
SELECT `shop_product`.`id`, RANK() OVER (PARTITION BY `shop_product`.`category_id` ORDER BY `shop_product`.`price` DESC) AS `r`
FROM `shop_product`
ORDER BY `shop_product`.`id` ASC
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", RANK() OVER (PARTITION BY "SHOP_PRODUCT"."CATEGORY_ID" ORDER BY "SHOP_PRODUCT"."PRICE" DESC) AS "R"
FROM "SHOP_PRODUCT"
ORDER BY "SHOP_PRODUCT"."ID" ASC
params: []
