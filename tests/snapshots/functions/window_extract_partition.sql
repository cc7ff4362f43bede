query: Order.objects.annotate(r=Window(DenseRank(), partition_by=[ExtractMonth("placed")], order_by=F("total").desc())).values_list("id", "r")

[sqlite]
SELECT "shop_order"."id", DENSE_RANK() OVER (PARTITION BY CAST(strftime('%m', "shop_order"."placed") AS INTEGER) ORDER BY "shop_order"."total" DESC) AS "r"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", DENSE_RANK() OVER (PARTITION BY EXTRACT(MONTH FROM "shop_order"."placed") ORDER BY "shop_order"."total" DESC) AS "r"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, DENSE_RANK() OVER (PARTITION BY EXTRACT(MONTH FROM `shop_order`.`placed`) ORDER BY `shop_order`.`total` DESC) AS `r`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", DENSE_RANK() OVER (PARTITION BY EXTRACT(MONTH FROM "SHOP_ORDER"."PLACED") ORDER BY "SHOP_ORDER"."TOTAL" DESC) AS "R"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
