-- Order.objects.filter(placed__week_day=2).values_list("id", flat=True)
SELECT "SHOP_ORDER"."ID" FROM "SHOP_ORDER" WHERE (MOD((TRUNC("SHOP_ORDER"."PLACED") - TRUNC("SHOP_ORDER"."PLACED", 'IW')) + 1, 7) + 1) = :1 ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
-- params: [2]
