query: Order.objects.values_list("id").union(Order.objects.values_list("id")).order_by("id")[5:8]

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
UNION
SELECT "shop_order"."id"
FROM "shop_order"
ORDER BY 1 ASC
LIMIT 3
OFFSET 5
params: []

[postgresql]
(
  SELECT "shop_order"."id"
  FROM "shop_order"
)
UNION
(
  SELECT "shop_order"."id"
  FROM "shop_order"
)
ORDER BY 1 ASC
LIMIT 3
OFFSET 5
params: []

[mysql]
(
  SELECT `shop_order`.`id`
  FROM `shop_order`
)
UNION
(
  SELECT `shop_order`.`id`
  FROM `shop_order`
)
ORDER BY 1 ASC
LIMIT 3
OFFSET 5
params: []

[oracle]
(
  SELECT "SHOP_ORDER"."ID"
  FROM "SHOP_ORDER"
)
UNION
(
  SELECT "SHOP_ORDER"."ID"
  FROM "SHOP_ORDER"
)
ORDER BY 1 ASC
OFFSET 5 ROWS
FETCH FIRST 3 ROWS ONLY
params: []
