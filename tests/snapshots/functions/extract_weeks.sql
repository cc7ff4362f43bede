query: Order.objects.annotate(w=ExtractWeek("placed"), wd=ExtractWeekDay("placed"), iwd=ExtractIsoWeekDay("placed"), iy=ExtractIsoYear("placed")).values_list("id", "w", "wd", "iwd", "iy")

[sqlite]
SELECT "shop_order"."id", ((CAST(strftime('%j', date("shop_order"."placed", '-3 days', 'weekday 4')) AS INTEGER) - 1) / 7 + 1) AS "w", (CAST(strftime('%w', "shop_order"."placed") AS INTEGER) + 1) AS "wd", (((CAST(strftime('%w', "shop_order"."placed") AS INTEGER) + 6) % 7) + 1) AS "iwd", CAST(strftime('%Y', date("shop_order"."placed", '-3 days', 'weekday 4')) AS INTEGER) AS "iy"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", EXTRACT(WEEK FROM "shop_order"."placed") AS "w", (EXTRACT(DOW FROM "shop_order"."placed") + 1) AS "wd", EXTRACT(ISODOW FROM "shop_order"."placed") AS "iwd", EXTRACT(ISOYEAR FROM "shop_order"."placed") AS "iy"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, WEEK(`shop_order`.`placed`, 3) AS `w`, DAYOFWEEK(`shop_order`.`placed`) AS `wd`, (WEEKDAY(`shop_order`.`placed`) + 1) AS `iwd`, (YEARWEEK(`shop_order`.`placed`, 3) DIV 100) AS `iy`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", TO_NUMBER(TO_CHAR("SHOP_ORDER"."PLACED", 'IW')) AS "W", (MOD((TRUNC("SHOP_ORDER"."PLACED") - TRUNC("SHOP_ORDER"."PLACED", 'IW')) + 1, 7) + 1) AS "WD", ((TRUNC("SHOP_ORDER"."PLACED") - TRUNC("SHOP_ORDER"."PLACED", 'IW')) + 1) AS "IWD", TO_NUMBER(TO_CHAR("SHOP_ORDER"."PLACED", 'IYYY')) AS "IY"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
