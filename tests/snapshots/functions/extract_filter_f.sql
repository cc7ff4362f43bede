query: Order.objects.filter(shipped__isnull=False).annotate(a=ExtractDay("placed"), b=ExtractDay("shipped")).filter(a__lt=F("b")).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE (
  "shop_order"."shipped" IS NOT NULL
  AND CAST(strftime('%d', "shop_order"."placed") AS INTEGER) < CAST(strftime('%d', "shop_order"."shipped") AS INTEGER)
)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE (
  "shop_order"."shipped" IS NOT NULL
  AND EXTRACT(DAY FROM "shop_order"."placed") < EXTRACT(DAY FROM "shop_order"."shipped")
)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE (
  `shop_order`.`shipped` IS NOT NULL
  AND EXTRACT(DAY FROM `shop_order`.`placed`) < EXTRACT(DAY FROM `shop_order`.`shipped`)
)
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE (
  "SHOP_ORDER"."SHIPPED" IS NOT NULL
  AND EXTRACT(DAY FROM "SHOP_ORDER"."PLACED") < EXTRACT(DAY FROM "SHOP_ORDER"."SHIPPED")
)
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
