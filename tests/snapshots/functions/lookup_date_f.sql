query: Order.objects.filter(shipped__isnull=False, placed__date=F("shipped")).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE (
  "shop_order"."shipped" IS NOT NULL
  AND date("shop_order"."placed") = "shop_order"."shipped"
)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE (
  "shop_order"."shipped" IS NOT NULL
  AND CAST("shop_order"."placed" AS date) = "shop_order"."shipped"
)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE (
  `shop_order`.`shipped` IS NOT NULL
  AND DATE(`shop_order`.`placed`) = `shop_order`.`shipped`
)
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE (
  "SHOP_ORDER"."SHIPPED" IS NOT NULL
  AND TRUNC("SHOP_ORDER"."PLACED") = "SHOP_ORDER"."SHIPPED"
)
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
