query: Order.objects.annotate(y=ExtractYear("placed"), h=ExtractHour("placed")).values_list("id", "y", "h")

[sqlite]
SELECT "shop_order"."id", CAST(strftime('%Y', "shop_order"."placed") AS INTEGER) AS "y", CAST(strftime('%H', "shop_order"."placed") AS INTEGER) AS "h"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", EXTRACT(YEAR FROM "shop_order"."placed") AS "y", EXTRACT(HOUR FROM "shop_order"."placed") AS "h"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, EXTRACT(YEAR FROM `shop_order`.`placed`) AS `y`, EXTRACT(HOUR FROM `shop_order`.`placed`) AS `h`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", EXTRACT(YEAR FROM "SHOP_ORDER"."PLACED") AS "Y", EXTRACT(HOUR FROM "SHOP_ORDER"."PLACED") AS "H"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
