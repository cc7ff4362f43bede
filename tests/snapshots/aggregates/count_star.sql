query: Order.objects.aggregate(n=Count("*"))

[sqlite]
SELECT COUNT(*) AS "n"
FROM "shop_order"
params: []

[postgresql]
SELECT COUNT(*) AS "n"
FROM "shop_order"
params: []

[mysql]
SELECT COUNT(*) AS `n`
FROM `shop_order`
params: []

[oracle]
SELECT COUNT(*) AS "N"
FROM "SHOP_ORDER"
params: []
