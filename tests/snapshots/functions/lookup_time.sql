query: Order.objects.filter(placed__time__lt=time(12, 0)).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE (time("shop_order"."placed") || substr("shop_order"."placed", 20, 7)) < ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [time(12, 0, 0)]

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE CAST("shop_order"."placed" AS time) < $1
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [time(12, 0, 0)]

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE TIME(`shop_order`.`placed`) < ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [time(12, 0, 0)]

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE TO_TIMESTAMP(CONCAT('1900-01-01 ', TO_CHAR("SHOP_ORDER"."PLACED", 'HH24:MI:SS.FF')), 'YYYY-MM-DD HH24:MI:SS.FF') < :1
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [datetime(1900, 1, 1, 12, 0, 0)]
