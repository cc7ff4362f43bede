query: Order.objects.annotate(n=Window(Count("id"), partition_by=[F("customer_id")])).values_list("id", "n")

[sqlite]
SELECT "shop_order"."id", COUNT("shop_order"."id") OVER (PARTITION BY "shop_order"."customer_id") AS "n"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", COUNT("shop_order"."id") OVER (PARTITION BY "shop_order"."customer_id") AS "n"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, COUNT(`shop_order`.`id`) OVER (PARTITION BY `shop_order`.`customer_id`) AS `n`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", COUNT("SHOP_ORDER"."ID") OVER (PARTITION BY "SHOP_ORDER"."CUSTOMER_ID") AS "N"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
