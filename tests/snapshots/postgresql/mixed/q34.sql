-- Order.objects.aggregate(total=Sum(F("total") - Coalesce("discount", 0, output_field=DecimalField())))
SELECT SUM(("shop_order"."total" - COALESCE("shop_order"."discount", $1))) AS "total" FROM "shop_order"
-- params: [0]
