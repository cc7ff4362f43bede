query: Order.objects.filter(placed__day__lte=15, placed__hour__gte=12).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE (
  CAST(strftime('%d', "shop_order"."placed") AS INTEGER) <= ?
  AND CAST(strftime('%H', "shop_order"."placed") AS INTEGER) >= ?
)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [15, 12]

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE (
  EXTRACT(DAY FROM "shop_order"."placed") <= $1
  AND EXTRACT(HOUR FROM "shop_order"."placed") >= $2
)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [15, 12]

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE (
  EXTRACT(DAY FROM `shop_order`.`placed`) <= ?
  AND EXTRACT(HOUR FROM `shop_order`.`placed`) >= ?
)
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [15, 12]

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE (
  EXTRACT(DAY FROM "SHOP_ORDER"."PLACED") <= :1
  AND EXTRACT(HOUR FROM "SHOP_ORDER"."PLACED") >= :2
)
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [15, 12]
