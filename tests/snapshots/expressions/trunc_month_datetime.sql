query: Order.objects.annotate(m=TruncMonth("placed")).values_list("id", "m")

[sqlite]
SELECT "shop_order"."id", strftime('%Y-%m-01 00:00:00', "shop_order"."placed") AS "m"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", DATE_TRUNC('month', "shop_order"."placed") AS "m"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, CAST(DATE_FORMAT(`shop_order`.`placed`, '%Y-%m-01 00:00:00') AS DATETIME) AS `m`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", TRUNC("SHOP_ORDER"."PLACED", 'MM') AS "M"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
