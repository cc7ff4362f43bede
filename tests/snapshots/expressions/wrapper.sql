query: OrderLine.objects.annotate(t=ExpressionWrapper(F("quantity") * F("unit_price"), output_field=DecimalField())).values_list("id", "t")

[sqlite]
SELECT "shop_orderline"."id", ("shop_orderline"."quantity" * "shop_orderline"."unit_price") AS "t"
FROM "shop_orderline"
params: []

[postgresql]
SELECT "shop_orderline"."id", ("shop_orderline"."quantity" * "shop_orderline"."unit_price") AS "t"
FROM "shop_orderline"
params: []

[mysql]
SELECT `shop_orderline`.`id`, (`shop_orderline`.`quantity` * `shop_orderline`.`unit_price`) AS `t`
FROM `shop_orderline`
params: []

[oracle]
SELECT "SHOP_ORDERLINE"."ID", ("SHOP_ORDERLINE"."QUANTITY" * "SHOP_ORDERLINE"."UNIT_PRICE") AS "T"
FROM "SHOP_ORDERLINE"
params: []
