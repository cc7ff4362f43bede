-- Order.objects.annotate(m=ExtractMonth("placed")).values("m").annotate(c=Count("id")).order_by("m")
SELECT EXTRACT(MONTH FROM "SHOP_ORDER"."PLACED") AS "M", COUNT("SHOP_ORDER"."ID") AS "C" FROM "SHOP_ORDER" GROUP BY EXTRACT(MONTH FROM "SHOP_ORDER"."PLACED") ORDER BY "M" ASC
-- params: []
