query: Order.objects.annotate(m=TruncMonth("placed")).values("m").annotate(n=Count("id"), t=Sum("total")).order_by("m").values_list("m", "n", "t")

[sqlite]
SELECT strftime('%Y-%m-01 00:00:00', "shop_order"."placed") AS "m", COUNT("shop_order"."id") AS "n", SUM("shop_order"."total") AS "t"
FROM "shop_order"
GROUP BY strftime('%Y-%m-01 00:00:00', "shop_order"."placed")
ORDER BY "m" ASC
params: []

[postgresql]
SELECT DATE_TRUNC('month', "shop_order"."placed") AS "m", COUNT("shop_order"."id") AS "n", SUM("shop_order"."total") AS "t"
FROM "shop_order"
GROUP BY DATE_TRUNC('month', "shop_order"."placed")
ORDER BY "m" ASC
params: []

[mysql]
SELECT CAST(DATE_FORMAT(`shop_order`.`placed`, '%Y-%m-01 00:00:00') AS DATETIME) AS `m`, COUNT(`shop_order`.`id`) AS `n`, SUM(`shop_order`.`total`) AS `t`
FROM `shop_order`
GROUP BY CAST(DATE_FORMAT(`shop_order`.`placed`, '%Y-%m-01 00:00:00') AS DATETIME)
ORDER BY `m` ASC
params: []

[oracle]
SELECT TRUNC("SHOP_ORDER"."PLACED", 'MM') AS "M", COUNT("SHOP_ORDER"."ID") AS "N", SUM("SHOP_ORDER"."TOTAL") AS "T"
FROM "SHOP_ORDER"
GROUP BY TRUNC("SHOP_ORDER"."PLACED", 'MM')
ORDER BY "M" ASC
params: []
