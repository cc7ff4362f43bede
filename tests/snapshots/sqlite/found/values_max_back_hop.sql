-- Order.objects.values("shipped").annotate(a2=Max("lines__order__id"))
SELECT "shop_order"."shipped", MAX("shop_orderline"."order_id") AS "a2" FROM "shop_order" LEFT OUTER JOIN "shop_orderline" ON ("shop_order"."id" = "shop_orderline"."order_id") GROUP BY "shop_order"."shipped"
-- params: []
