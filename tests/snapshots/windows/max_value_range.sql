query: Order.objects.annotate(m=Window(Max("total"), order_by=F("placed").asc(), frame=ValueRange(end=0))).values_list("id", "m")

[sqlite]
SELECT "shop_order"."id", MAX("shop_order"."total") OVER (ORDER BY "shop_order"."placed" ASC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "m"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", MAX("shop_order"."total") OVER (ORDER BY "shop_order"."placed" ASC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "m"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, MAX(`shop_order`.`total`) OVER (ORDER BY `shop_order`.`placed` ASC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS `m`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", MAX("SHOP_ORDER"."TOTAL") OVER (ORDER BY "SHOP_ORDER"."PLACED" ASC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "M"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
