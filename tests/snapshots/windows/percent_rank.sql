query: Product.objects.annotate(r=Window(PercentRank(), order_by=F("id").asc())).values_list("id", "r")

[sqlite]
SELECT "shop_product"."id", PERCENT_RANK() OVER (ORDER BY "shop_product"."id" ASC) AS "r"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", PERCENT_RANK() OVER (ORDER BY "shop_product"."id" ASC) AS "r"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, PERCENT_RANK() OVER (ORDER BY `shop_product`.`id` ASC) AS `r`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", PERCENT_RANK() OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "R"
FROM "SHOP_PRODUCT"
params: []
