query: Order.objects.annotate(x=Extract("placed", "week_day"), y=Extract("placed", "iso_year")).values_list("id", "x", "y")

[sqlite]
SELECT "shop_order"."id", (CAST(strftime('%w', "shop_order"."placed") AS INTEGER) + 1) AS "x", CAST(strftime('%Y', date("shop_order"."placed", '-3 days', 'weekday 4')) AS INTEGER) AS "y"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", (EXTRACT(DOW FROM "shop_order"."placed") + 1) AS "x", EXTRACT(ISOYEAR FROM "shop_order"."placed") AS "y"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, DAYOFWEEK(`shop_order`.`placed`) AS `x`, (YEARWEEK(`shop_order`.`placed`, 3) DIV 100) AS `y`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", (MOD((TRUNC("SHOP_ORDER"."PLACED") - TRUNC("SHOP_ORDER"."PLACED", 'IW')) + 1, 7) + 1) AS "X", TO_NUMBER(TO_CHAR("SHOP_ORDER"."PLACED", 'IYYY')) AS "Y"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
