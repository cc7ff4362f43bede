query: Order.objects.filter(placed__iso_week_day__in=[6, 7]).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE (((CAST(strftime('%w', "shop_order"."placed") AS INTEGER) + 6) % 7) + 1) IN (?, ?)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [6, 7]

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE EXTRACT(ISODOW FROM "shop_order"."placed") IN ($1, $2)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [6, 7]

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE (WEEKDAY(`shop_order`.`placed`) + 1) IN (?, ?)
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [6, 7]

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE ((TRUNC("SHOP_ORDER"."PLACED") - TRUNC("SHOP_ORDER"."PLACED", 'IW')) + 1) IN (:1, :2)
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [6, 7]
