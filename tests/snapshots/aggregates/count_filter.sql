query: Order.objects.aggregate(paid=Count("id", filter=Q(status="paid")))

[sqlite]
SELECT COUNT("shop_order"."id") FILTER (WHERE "shop_order"."status" = ?) AS "paid"
FROM "shop_order"
params: ["paid"]

[postgresql]
SELECT COUNT("shop_order"."id") FILTER (WHERE "shop_order"."status" = $1) AS "paid"
FROM "shop_order"
params: ["paid"]

[mysql]
SELECT COUNT(CASE WHEN `shop_order`.`status` = BINARY ? THEN `shop_order`.`id` ELSE NULL END) AS `paid`
FROM `shop_order`
params: ["paid"]

[oracle]
SELECT COUNT(CASE WHEN "SHOP_ORDER"."STATUS" = :1 THEN "SHOP_ORDER"."ID" ELSE NULL END) AS "PAID"
FROM "SHOP_ORDER"
params: ["paid"]
