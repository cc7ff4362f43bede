query: Order.objects.filter(shipped__isnull=False).annotate(x=Greatest("shipped", Cast("placed", output_field=DateField()))).values_list("id", "x")

[sqlite]
SELECT "shop_order"."id", MAX("shop_order"."shipped", date("shop_order"."placed")) AS "x"
FROM "shop_order"
WHERE "shop_order"."shipped" IS NOT NULL
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", GREATEST("shop_order"."shipped", CAST("shop_order"."placed" AS date)) AS "x"
FROM "shop_order"
WHERE "shop_order"."shipped" IS NOT NULL
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, GREATEST(`shop_order`.`shipped`, CAST(`shop_order`.`placed` AS date)) AS `x`
FROM `shop_order`
WHERE `shop_order`.`shipped` IS NOT NULL
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", GREATEST("SHOP_ORDER"."SHIPPED", CAST("SHOP_ORDER"."PLACED" AS DATE)) AS "X"
FROM "SHOP_ORDER"
WHERE "SHOP_ORDER"."SHIPPED" IS NOT NULL
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
