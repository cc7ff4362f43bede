query: Order.objects.annotate(n=Window(LastValue("total"), order_by=F("id").asc(), frame=RowRange(start=-1, end=1))).values_list("id", "n")

[sqlite]
SELECT "shop_order"."id", LAST_VALUE("shop_order"."total") OVER (ORDER BY "shop_order"."id" ASC ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS "n"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", LAST_VALUE("shop_order"."total") OVER (ORDER BY "shop_order"."id" ASC ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS "n"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, LAST_VALUE(`shop_order`.`total`) OVER (ORDER BY `shop_order`.`id` ASC ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS `n`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", LAST_VALUE("SHOP_ORDER"."TOTAL") OVER (ORDER BY "SHOP_ORDER"."ID" ASC ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS "N"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
