query: Order.objects.annotate(n=Window(NthValue("total", 2), order_by=F("id").asc())).values_list("id", "n")

[sqlite]
SELECT "shop_order"."id", NTH_VALUE("shop_order"."total", 2) OVER (ORDER BY "shop_order"."id" ASC) AS "n"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", NTH_VALUE("shop_order"."total", 2) OVER (ORDER BY "shop_order"."id" ASC) AS "n"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, NTH_VALUE(`shop_order`.`total`, 2) OVER (ORDER BY `shop_order`.`id` ASC) AS `n`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", NTH_VALUE("SHOP_ORDER"."TOTAL", 2) OVER (ORDER BY "SHOP_ORDER"."ID" ASC) AS "N"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
