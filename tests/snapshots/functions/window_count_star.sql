query: Order.objects.annotate(n=Window(Count("*"), partition_by=[F("status")])).values_list("id", "n")

[sqlite]
SELECT "shop_order"."id", COUNT(*) OVER (PARTITION BY "shop_order"."status") AS "n"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", COUNT(*) OVER (PARTITION BY "shop_order"."status") AS "n"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, COUNT(*) OVER (PARTITION BY `shop_order`.`status`) AS `n`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", COUNT(*) OVER (PARTITION BY "SHOP_ORDER"."STATUS") AS "N"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
