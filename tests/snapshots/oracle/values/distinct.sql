-- Customer.objects.values("country").distinct()
SELECT DISTINCT "SHOP_CUSTOMER"."COUNTRY" FROM "SHOP_CUSTOMER"
-- params: []
