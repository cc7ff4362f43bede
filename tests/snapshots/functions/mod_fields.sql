query: OrderLine.objects.annotate(x=Mod("quantity", "order_id")).values_list("id", "x")

[sqlite]
SELECT "shop_orderline"."id", MOD("shop_orderline"."quantity", "shop_orderline"."order_id") AS "x"
FROM "shop_orderline"
params: []

[postgresql]
SELECT "shop_orderline"."id", MOD("shop_orderline"."quantity", "shop_orderline"."order_id") AS "x"
FROM "shop_orderline"
params: []

[mysql]
SELECT `shop_orderline`.`id`, MOD(`shop_orderline`.`quantity`, `shop_orderline`.`order_id`) AS `x`
FROM `shop_orderline`
params: []

[oracle]
SELECT "SHOP_ORDERLINE"."ID", MOD("SHOP_ORDERLINE"."QUANTITY", "SHOP_ORDERLINE"."ORDER_ID") AS "X"
FROM "SHOP_ORDERLINE"
params: []
