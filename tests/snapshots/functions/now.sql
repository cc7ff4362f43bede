query: Order.objects.filter(placed__lt=Now()).annotate(n=ExtractYear(Now())).filter(n__gte=2024).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE (
  "shop_order"."placed" < STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')
  AND CAST(strftime('%Y', STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')) AS INTEGER) >= ?
)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [2024]

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE (
  "shop_order"."placed" < STATEMENT_TIMESTAMP()
  AND EXTRACT(YEAR FROM STATEMENT_TIMESTAMP()) >= $1
)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [2024]

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE (
  `shop_order`.`placed` < CURRENT_TIMESTAMP
  AND EXTRACT(YEAR FROM CURRENT_TIMESTAMP) >= ?
)
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [2024]

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE (
  "SHOP_ORDER"."PLACED" < CURRENT_TIMESTAMP
  AND EXTRACT(YEAR FROM CURRENT_TIMESTAMP) >= :1
)
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [2024]
