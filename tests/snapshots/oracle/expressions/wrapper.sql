-- OrderLine.objects.annotate(t=ExpressionWrapper(F("quantity") * F("unit_price"), output_field=DecimalField())).values_list("id", "t")
SELECT "SHOP_ORDERLINE"."ID", ("SHOP_ORDERLINE"."QUANTITY" * "SHOP_ORDERLINE"."UNIT_PRICE") AS "T" FROM "SHOP_ORDERLINE"
-- params: []
