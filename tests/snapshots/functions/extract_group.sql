query: Order.objects.annotate(m=ExtractMonth("placed")).values("m").annotate(n=Count("id")).order_by("m").values_list("m", "n")

[sqlite]
SELECT CAST(strftime('%m', "shop_order"."placed") AS INTEGER) AS "m", COUNT("shop_order"."id") AS "n"
FROM "shop_order"
GROUP BY CAST(strftime('%m', "shop_order"."placed") AS INTEGER)
ORDER BY "m" ASC
params: []

[postgresql]
SELECT EXTRACT(MONTH FROM "shop_order"."placed") AS "m", COUNT("shop_order"."id") AS "n"
FROM "shop_order"
GROUP BY EXTRACT(MONTH FROM "shop_order"."placed")
ORDER BY "m" ASC
params: []

[mysql]
SELECT EXTRACT(MONTH FROM `shop_order`.`placed`) AS `m`, COUNT(`shop_order`.`id`) AS `n`
FROM `shop_order`
GROUP BY EXTRACT(MONTH FROM `shop_order`.`placed`)
ORDER BY `m` ASC
params: []

[oracle]
SELECT EXTRACT(MONTH FROM "SHOP_ORDER"."PLACED") AS "M", COUNT("SHOP_ORDER"."ID") AS "N"
FROM "SHOP_ORDER"
GROUP BY EXTRACT(MONTH FROM "SHOP_ORDER"."PLACED")
ORDER BY "M" ASC
params: []
