query: Order.objects.aggregate(total=Sum(F("total") - Coalesce("discount", 0, output_field=DecimalField())))

[sqlite]
SELECT SUM(("shop_order"."total" - COALESCE("shop_order"."discount", ?))) AS "total"
FROM "shop_order"
params: [0]

[postgresql]
SELECT SUM(("shop_order"."total" - COALESCE("shop_order"."discount", $1))) AS "total"
FROM "shop_order"
params: [0]

[mysql]
SELECT SUM((`shop_order`.`total` - COALESCE(`shop_order`.`discount`, ?))) AS `total`
FROM `shop_order`
params: [0]

[oracle]
SELECT SUM(("SHOP_ORDER"."TOTAL" - COALESCE("SHOP_ORDER"."DISCOUNT", :1))) AS "TOTAL"
FROM "SHOP_ORDER"
params: [0]
