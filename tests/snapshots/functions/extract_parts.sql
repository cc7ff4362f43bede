query: Order.objects.annotate(y=ExtractYear("placed"), q=ExtractQuarter("placed"), m=ExtractMonth("placed"), d=ExtractDay("placed"), h=ExtractHour("placed"), mi=ExtractMinute("placed"), s=ExtractSecond("placed")).values_list("id", "y", "q", "m", "d", "h", "mi", "s")

[sqlite]
SELECT "shop_order"."id", CAST(strftime('%Y', "shop_order"."placed") AS INTEGER) AS "y", ((CAST(strftime('%m', "shop_order"."placed") AS INTEGER) + 2) / 3) AS "q", CAST(strftime('%m', "shop_order"."placed") AS INTEGER) AS "m", CAST(strftime('%d', "shop_order"."placed") AS INTEGER) AS "d", CAST(strftime('%H', "shop_order"."placed") AS INTEGER) AS "h", CAST(strftime('%M', "shop_order"."placed") AS INTEGER) AS "mi", CAST(strftime('%S', "shop_order"."placed") AS INTEGER) AS "s"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", EXTRACT(YEAR FROM "shop_order"."placed") AS "y", EXTRACT(QUARTER FROM "shop_order"."placed") AS "q", EXTRACT(MONTH FROM "shop_order"."placed") AS "m", EXTRACT(DAY FROM "shop_order"."placed") AS "d", EXTRACT(HOUR FROM "shop_order"."placed") AS "h", EXTRACT(MINUTE FROM "shop_order"."placed") AS "mi", TRUNC(EXTRACT(SECOND FROM "shop_order"."placed")) AS "s"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, EXTRACT(YEAR FROM `shop_order`.`placed`) AS `y`, EXTRACT(QUARTER FROM `shop_order`.`placed`) AS `q`, EXTRACT(MONTH FROM `shop_order`.`placed`) AS `m`, EXTRACT(DAY FROM `shop_order`.`placed`) AS `d`, EXTRACT(HOUR FROM `shop_order`.`placed`) AS `h`, EXTRACT(MINUTE FROM `shop_order`.`placed`) AS `mi`, EXTRACT(SECOND FROM `shop_order`.`placed`) AS `s`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", EXTRACT(YEAR FROM "SHOP_ORDER"."PLACED") AS "Y", TO_NUMBER(TO_CHAR("SHOP_ORDER"."PLACED", 'Q')) AS "Q", EXTRACT(MONTH FROM "SHOP_ORDER"."PLACED") AS "M", EXTRACT(DAY FROM "SHOP_ORDER"."PLACED") AS "D", EXTRACT(HOUR FROM "SHOP_ORDER"."PLACED") AS "H", EXTRACT(MINUTE FROM "SHOP_ORDER"."PLACED") AS "MI", TRUNC(EXTRACT(SECOND FROM "SHOP_ORDER"."PLACED")) AS "S"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
