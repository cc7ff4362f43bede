-- Order.objects.aggregate(total=Sum(F("total") - Coalesce("discount", 0, output_field=DecimalField())))
SELECT SUM(("SHOP_ORDER"."TOTAL" - COALESCE("SHOP_ORDER"."DISCOUNT", :1))) AS "TOTAL" FROM "SHOP_ORDER"
-- params: [0]
