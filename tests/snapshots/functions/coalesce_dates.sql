query: Order.objects.annotate(d=Coalesce("shipped", Cast("placed", output_field=DateField()))).values_list("id", "d")

[sqlite]
SELECT "shop_order"."id", COALESCE("shop_order"."shipped", date("shop_order"."placed")) AS "d"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", COALESCE("shop_order"."shipped", CAST("shop_order"."placed" AS date)) AS "d"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, COALESCE(`shop_order`.`shipped`, CAST(`shop_order`.`placed` AS date)) AS `d`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", COALESCE("SHOP_ORDER"."SHIPPED", CAST("SHOP_ORDER"."PLACED" AS DATE)) AS "D"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
