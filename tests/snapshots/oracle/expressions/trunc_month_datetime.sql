-- Order.objects.annotate(m=TruncMonth("placed")).values_list("id", "m")
SELECT "SHOP_ORDER"."ID", TRUNC("SHOP_ORDER"."PLACED", 'MM') AS "M" FROM "SHOP_ORDER" ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
-- params: []
