query: Order.objects.filter(placed__minute__lt=30, placed__second=0).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE (
  CAST(strftime('%M', "shop_order"."placed") AS INTEGER) < ?
  AND CAST(strftime('%S', "shop_order"."placed") AS INTEGER) = ?
)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [30, 0]

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE (
  EXTRACT(MINUTE FROM "shop_order"."placed") < $1
  AND TRUNC(EXTRACT(SECOND FROM "shop_order"."placed")) = $2
)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [30, 0]

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE (
  EXTRACT(MINUTE FROM `shop_order`.`placed`) < ?
  AND EXTRACT(SECOND FROM `shop_order`.`placed`) = ?
)
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [30, 0]

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE (
  EXTRACT(MINUTE FROM "SHOP_ORDER"."PLACED") < :1
  AND TRUNC(EXTRACT(SECOND FROM "SHOP_ORDER"."PLACED")) = :2
)
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [30, 0]
