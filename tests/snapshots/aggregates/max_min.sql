query: Order.objects.aggregate(Max("placed"), Min("shipped"))

[sqlite]
SELECT MAX("shop_order"."placed") AS "placed__max", MIN("shop_order"."shipped") AS "shipped__min"
FROM "shop_order"
params: []

[postgresql]
SELECT MAX("shop_order"."placed") AS "placed__max", MIN("shop_order"."shipped") AS "shipped__min"
FROM "shop_order"
params: []

[mysql]
SELECT MAX(`shop_order`.`placed`) AS `placed__max`, MIN(`shop_order`.`shipped`) AS `shipped__min`
FROM `shop_order`
params: []

[oracle]
SELECT MAX("SHOP_ORDER"."PLACED") AS "PLACED__MAX", MIN("SHOP_ORDER"."SHIPPED") AS "SHIPPED__MIN"
FROM "SHOP_ORDER"
params: []
