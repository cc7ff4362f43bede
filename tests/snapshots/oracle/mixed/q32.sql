-- Customer.objects.values_list("country", flat=True).distinct().order_by("country")
SELECT DISTINCT "SHOP_CUSTOMER"."COUNTRY" FROM "SHOP_CUSTOMER" ORDER BY "SHOP_CUSTOMER"."COUNTRY" ASC
-- params: []
