query: Order.objects.annotate(a=Window(Avg("total"), partition_by=[F("customer")])).values_list("id", "a")

[sqlite]
SELECT "shop_order"."id", AVG("shop_order"."total") OVER (PARTITION BY "shop_order"."customer_id") AS "a"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", AVG("shop_order"."total") OVER (PARTITION BY "shop_order"."customer_id") AS "a"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, AVG(`shop_order`.`total`) OVER (PARTITION BY `shop_order`.`customer_id`) AS `a`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", AVG("SHOP_ORDER"."TOTAL") OVER (PARTITION BY "SHOP_ORDER"."CUSTOMER_ID") AS "A"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
