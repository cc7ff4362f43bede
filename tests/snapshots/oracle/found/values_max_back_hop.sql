-- Order.objects.values("shipped").annotate(a2=Max("lines__order__id"))
SELECT "SHOP_ORDER"."SHIPPED", MAX("SHOP_ORDERLINE"."ORDER_ID") AS "A2" FROM "SHOP_ORDER" LEFT OUTER JOIN "SHOP_ORDERLINE" ON ("SHOP_ORDER"."ID" = "SHOP_ORDERLINE"."ORDER_ID") GROUP BY "SHOP_ORDER"."SHIPPED"
-- params: []
