-- Order.objects.annotate(y=ExtractYear("placed"), h=ExtractHour("placed")).values_list("id", "y", "h")
SELECT "SHOP_ORDER"."ID", EXTRACT(YEAR FROM "SHOP_ORDER"."PLACED") AS "Y", EXTRACT(HOUR FROM "SHOP_ORDER"."PLACED") AS "H" FROM "SHOP_ORDER" ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
-- params: []
