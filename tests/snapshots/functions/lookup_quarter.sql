query: Order.objects.filter(placed__quarter=2).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE ((CAST(strftime('%m', "shop_order"."placed") AS INTEGER) + 2) / 3) = ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [2]

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE EXTRACT(QUARTER FROM "shop_order"."placed") = $1
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [2]

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE EXTRACT(QUARTER FROM `shop_order`.`placed`) = ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [2]

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE TO_NUMBER(TO_CHAR("SHOP_ORDER"."PLACED", 'Q')) = :1
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [2]
