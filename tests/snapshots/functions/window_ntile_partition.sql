query: Order.objects.annotate(n=Window(Ntile(2), partition_by=[F("status")], order_by=F("id").asc())).values_list("id", "n")

[sqlite]
SELECT "shop_order"."id", NTILE(2) OVER (PARTITION BY "shop_order"."status" ORDER BY "shop_order"."id" ASC) AS "n"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", NTILE(2) OVER (PARTITION BY "shop_order"."status" ORDER BY "shop_order"."id" ASC) AS "n"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, NTILE(2) OVER (PARTITION BY `shop_order`.`status` ORDER BY `shop_order`.`id` ASC) AS `n`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", NTILE(2) OVER (PARTITION BY "SHOP_ORDER"."STATUS" ORDER BY "SHOP_ORDER"."ID" ASC) AS "N"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
