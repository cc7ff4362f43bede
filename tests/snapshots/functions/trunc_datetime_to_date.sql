query: Order.objects.annotate(x=Trunc("placed", "month", output_field=DateField())).values_list("id", "x")

[sqlite]
SELECT "shop_order"."id", strftime('%Y-%m-01', "shop_order"."placed") AS "x"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", CAST(DATE_TRUNC('month', "shop_order"."placed") AS date) AS "x"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, CAST(DATE_FORMAT(`shop_order`.`placed`, '%Y-%m-01') AS DATE) AS `x`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", TRUNC("SHOP_ORDER"."PLACED", 'MM') AS "X"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
