-- Order.objects.annotate(m=Window(Max("total"), order_by=F("placed").asc(), frame=ValueRange(end=0))).values_list("id", "m")
SELECT "SHOP_ORDER"."ID", MAX("SHOP_ORDER"."TOTAL") OVER (ORDER BY "SHOP_ORDER"."PLACED" ASC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "M" FROM "SHOP_ORDER" ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
-- params: []
