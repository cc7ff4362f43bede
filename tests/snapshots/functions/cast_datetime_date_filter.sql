query: Order.objects.filter(shipped__isnull=False).annotate(d=Cast("placed", output_field=DateField())).filter(d__lt=F("shipped")).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE (
  "shop_order"."shipped" IS NOT NULL
  AND date("shop_order"."placed") < "shop_order"."shipped"
)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE (
  "shop_order"."shipped" IS NOT NULL
  AND CAST("shop_order"."placed" AS date) < "shop_order"."shipped"
)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE (
  `shop_order`.`shipped` IS NOT NULL
  AND CAST(`shop_order`.`placed` AS date) < `shop_order`.`shipped`
)
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE (
  "SHOP_ORDER"."SHIPPED" IS NOT NULL
  AND CAST("SHOP_ORDER"."PLACED" AS DATE) < "SHOP_ORDER"."SHIPPED"
)
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
